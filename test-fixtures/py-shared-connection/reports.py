"""Reports read from PostgreSQL with asyncpg."""
import asyncio

import asyncpg


async def report(dsn, user_id):
    conn = await asyncpg.connect(dsn)
    try:
        user, orders = await asyncio.gather(  # asyncwise-expect: py-shared-connection
            conn.fetchrow("SELECT * FROM users WHERE id = $1", user_id),
            conn.fetch("SELECT * FROM orders WHERE user_id = $1", user_id),
        )
        return user, orders
    finally:
        await conn.close()


async def refresh_all(pool, views):
    async with pool.acquire() as conn:
        await asyncio.gather(*(conn.execute(f"REFRESH MATERIALIZED VIEW {v}") for v in views))  # asyncwise-expect: py-shared-connection


async def counts(conn: asyncpg.Connection, tables):
    tasks = []
    for table in tables:
        tasks.append(asyncio.create_task(conn.fetchval(f"SELECT count(*) FROM {table}")))  # asyncwise-expect: py-shared-connection
    return await asyncio.gather(*tasks)


async def report_from_pool(pool, user_id):
    # A pool gives each query its own connection.
    return await asyncio.gather(
        pool.fetchrow("SELECT * FROM users WHERE id = $1", user_id),
        pool.fetch("SELECT * FROM orders WHERE user_id = $1", user_id),
    )


async def report_in_turn(dsn, user_id):
    conn = await asyncpg.connect(dsn)
    try:
        user = await conn.fetchrow("SELECT * FROM users WHERE id = $1", user_id)
        orders = await conn.fetch("SELECT * FROM orders WHERE user_id = $1", user_id)
        return user, orders
    finally:
        await conn.close()
