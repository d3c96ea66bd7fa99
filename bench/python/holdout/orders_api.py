"""Orders service: FastAPI handlers on an asyncpg pool."""
import asyncio
import json
import logging
import time

import asyncpg
import httpx
import requests
from fastapi import FastAPI, HTTPException

log = logging.getLogger(__name__)
app = FastAPI()
pool: asyncpg.Pool | None = None


@app.on_event("startup")
async def startup() -> None:
    global pool
    pool = await asyncpg.create_pool(dsn="postgresql://orders@db/orders", min_size=2, max_size=10)


async def notify_warehouse(order_id: int) -> None:
    async with httpx.AsyncClient(base_url="http://warehouse") as client:
        await client.post("/reserve", json={"order": order_id})


@app.get("/orders/{order_id}")
async def get_order(order_id: int) -> dict:
    async with pool.acquire() as conn:
        order, lines = await asyncio.gather(  # expect: py-shared-connection
            conn.fetchrow("SELECT * FROM orders WHERE id = $1", order_id),
            conn.fetch("SELECT * FROM order_lines WHERE order_id = $1", order_id),
        )
    if order is None:
        raise HTTPException(404)
    return {"order": dict(order), "lines": [dict(line) for line in lines]}


@app.get("/orders/{order_id}/summary")
async def order_summary(order_id: int) -> dict:
    # Two queries on the pool: each gets its own connection, so this is fine.
    order, lines = await asyncio.gather(
        pool.fetchrow("SELECT * FROM orders WHERE id = $1", order_id),
        pool.fetch("SELECT * FROM order_lines WHERE order_id = $1", order_id),
    )
    return {"order": dict(order), "count": len(lines)}


@app.post("/orders")
async def create_order(payload: dict) -> dict:
    async with pool.acquire() as conn:
        async with conn.transaction():
            order_id = await conn.fetchval(
                "INSERT INTO orders (customer_id) VALUES ($1) RETURNING id", payload["customer"]
            )
            await conn.executemany(
                "INSERT INTO order_lines (order_id, sku, qty) VALUES ($1, $2, $3)",
                [(order_id, line["sku"], line["qty"]) for line in payload["lines"]],
            )
            await conn.execute("UPDATE customers SET last_order = now() WHERE id = $1", payload["customer"])
    notify_warehouse(order_id)  # expect: py-unawaited-coroutine
    return {"id": order_id}


@app.post("/orders/{order_id}/pay")
async def pay_order(order_id: int, card_token: str) -> dict:
    resp = requests.post(  # expect: py-blocking-in-async
        "https://payments.example.com/charge", json={"order": order_id, "token": card_token}, timeout=10
    )
    if resp.status_code != 200:
        raise HTTPException(402, resp.text)
    async with pool.acquire() as conn:
        await conn.execute("UPDATE orders SET paid = true WHERE id = $1", order_id)
    return {"ok": True}


@app.post("/orders/{order_id}/cancel")
async def cancel_order(order_id: int) -> dict:
    for attempt in range(3):
        try:
            async with pool.acquire() as conn:
                await conn.execute("UPDATE orders SET cancelled = true WHERE id = $1", order_id)
            break
        except asyncpg.DeadlockDetectedError:
            log.warning("deadlock cancelling %s, attempt %d", order_id, attempt)
            time.sleep(0.2 * (attempt + 1))  # expect: py-blocking-in-async
    return {"ok": True}


def _load_price_table(path: str) -> dict:
    with open(path) as fh:
        return json.load(fh)


@app.get("/prices")
async def prices() -> dict:
    # Read in a worker thread: the event loop stays free.
    return await asyncio.to_thread(_load_price_table, "/etc/orders/prices.json")


@app.get("/export")
async def export_orders() -> dict:
    rows = await pool.fetch("SELECT id, total FROM orders")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, _write_export, [dict(r) for r in rows])
    return {"count": len(rows)}


def _write_export(rows: list) -> None:
    with open("/var/exports/orders.json", "w") as fh:
        json.dump(rows, fh)
    time.sleep(0.01)
