"""Billing: invoices and payments on PostgreSQL through an asyncpg pool."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Optional, Union

import asyncpg
from asyncpg import Pool

log = logging.getLogger(__name__)

Connection = asyncpg.Connection
DbHandle = Union[asyncpg.Connection, None]


class BillingStore:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool

    async def invoice(self, invoice_id: int) -> Optional[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            return await conn.fetchrow("SELECT * FROM invoices WHERE id = $1", invoice_id)

    async def mark_paid(self, invoice_id: int) -> None:
        async with self.pool.acquire() as conn:
            conn.execute("UPDATE invoices SET paid = true WHERE id = $1", invoice_id)  # expect: py-unawaited-coroutine

    async def totals(self, customer_id: int) -> tuple[int, float]:
        conn = await self.pool.acquire()
        try:
            count, total = await asyncio.gather(  # expect: py-shared-connection
                conn.fetchval("SELECT count(*) FROM invoices WHERE customer = $1", customer_id),
                conn.fetchval("SELECT sum(amount) FROM invoices WHERE customer = $1", customer_id),
            )
            return count, total
        finally:
            await self.pool.release(conn)

    async def archive(self, before: dt.date) -> None:
        conn = await self.pool.acquire()
        try:
            async with conn.transaction():
                await conn.execute("INSERT INTO invoices_archive SELECT * FROM invoices WHERE issued < $1", before)
                await conn.execute("DELETE FROM invoices WHERE issued < $1", before)
        finally:
            self.pool.release(conn)  # expect: py-unawaited-coroutine

    async def overview(self, customer_id: int) -> dict:
        # Each query takes its own connection from the pool: this runs in parallel, correctly.
        invoices, payments = await asyncio.gather(
            self.pool.fetch("SELECT * FROM invoices WHERE customer = $1", customer_id),
            self.pool.fetch("SELECT * FROM payments WHERE customer = $1", customer_id),
        )
        return {"invoices": invoices, "payments": payments}


async def _lines(conn: Connection, invoice_id: int) -> list:
    return await conn.fetch("SELECT * FROM invoice_lines WHERE invoice = $1", invoice_id)


async def render_batch(pool: asyncpg.Pool, invoice_ids: list[int]) -> list[list]:
    async with pool.acquire() as conn:
        return await asyncio.gather(*(_lines(conn, i) for i in invoice_ids))  # expect: py-shared-connection


async def render_batch_pooled(pool: asyncpg.Pool, invoice_ids: list[int]) -> list[list]:
    async def one(invoice_id: int) -> list:
        async with pool.acquire() as conn:
            return await _lines(conn, invoice_id)

    return await asyncio.gather(*(one(i) for i in invoice_ids))


async def reminder_targets(handle: DbHandle, days: int) -> list:
    if handle is None:
        return []
    handle.fetch("SELECT * FROM invoices WHERE due < now() - $1::interval", f"{days} days")  # expect: py-unawaited-coroutine
    return []


async def customer_page(conn: Connection, customer_id: int) -> dict:
    customer = await conn.fetchrow("SELECT * FROM customers WHERE id = $1", customer_id)
    # One connection: these must run one after the other.
    invoices = await conn.fetch("SELECT * FROM invoices WHERE customer = $1", customer_id)
    return {"customer": customer, "invoices": invoices}


async def daily_report(pool: asyncpg.Pool, days: list[dt.date]) -> list:
    totals = []
    for day in days:
        totals.append(await pool.fetchval("SELECT sum(amount) FROM payments WHERE day = $1", day))  # expect: py-prefer-gather
    return totals


async def paged_export(pool: asyncpg.Pool) -> list:
    rows: list = []
    last_id = 0
    while True:
        page = await pool.fetch("SELECT * FROM invoices WHERE id > $1 ORDER BY id LIMIT 500", last_id)
        if not page:
            return rows
        rows.extend(page)
        last_id = page[-1]["id"]


async def connect_reporting(dsn: str) -> asyncpg.Connection:
    conn = await asyncpg.connect(dsn)
    conn.execute("SET search_path TO reporting")  # expect: py-unawaited-coroutine
    return conn


async def two_connections(dsn: str) -> tuple:
    a = await asyncpg.connect(dsn)
    b = await asyncpg.connect(dsn)
    return await asyncio.gather(a.fetch("SELECT 1"), b.fetch("SELECT 2"))


async def tasks_on_one(dsn: str, ids: list[int]) -> list:
    conn = await asyncpg.connect(dsn)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(_lines(conn, i)) for i in ids]  # expect: py-shared-connection
    return [t.result() for t in tasks]
