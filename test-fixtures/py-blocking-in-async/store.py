"""Storage for a small aiohttp app that still talks to legacy databases."""
import asyncio
import io
import socket
import sqlite3
import ssl

import aiofiles
import psycopg2
from psycopg2.extras import RealDictCursor

from .cache import sleep  # the project's own async back-off, not time.sleep

DSN = "dbname=shop user=shop"
# Made once at import time and shared: loading the CA store per connection would block each time.
LEGACY_TLS = ssl.create_default_context()


async def order_totals(customer_id):
    conn = psycopg2.connect(DSN)  # asyncwise-expect: py-blocking-in-async
    try:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute("SELECT sum(total) FROM orders WHERE customer = %s", (customer_id,))  # asyncwise-expect: py-blocking-in-async
            return cur.fetchone()  # asyncwise-expect: py-blocking-in-async
    finally:
        conn.close()


async def recent_events(limit):
    db = sqlite3.connect("events.db")  # asyncwise-expect: py-blocking-in-async
    rows = db.execute("SELECT * FROM events ORDER BY ts DESC LIMIT ?", (limit,))  # asyncwise-expect: py-blocking-in-async
    return rows.fetchall()  # asyncwise-expect: py-blocking-in-async


async def order_totals_in_thread(customer_id):
    def query():
        with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
            cur.execute("SELECT sum(total) FROM orders WHERE customer = %s", (customer_id,))
            return cur.fetchone()

    return await asyncio.to_thread(query)


async def export_csv(rows, path):
    buffer = io.StringIO()
    for row in rows:
        buffer.write(",".join(map(str, row)) + "\n")
    async with aiofiles.open(path, "w") as out:
        await out.write(buffer.getvalue())


async def notify_legacy_daemon(host, payload):
    with socket.create_connection((host, 7000), timeout=2) as sock:  # asyncwise-expect: py-blocking-in-async
        sock.sendall(payload)  # asyncwise-expect: py-blocking-in-async
        return sock.recv(64)  # asyncwise-expect: py-blocking-in-async


async def open_audit_stream(host):
    context = ssl.create_default_context()  # asyncwise-expect: py-blocking-in-async
    return await asyncio.open_connection(host, 6514, ssl=context)


async def open_legacy_stream(host):
    return await asyncio.open_connection(host, 6514, ssl=LEGACY_TLS)


async def notify_via_loop(host, payload):
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    await loop.sock_connect(sock, (host, 7000))
    await loop.sock_sendall(sock, payload)
    sock.close()


async def retry(operation, attempts=3):
    for attempt in range(attempts):
        try:
            return await operation()
        except ConnectionError:
            await sleep(2**attempt)
    raise RuntimeError("gave up")


async def ask_operator(client, question):
    # `client` could be anything; its `get` is not requests'.
    answer = await client.get(question)
    return answer
