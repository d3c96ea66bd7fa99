"""Database access with asyncpg; everything here but close_pool is a coroutine function."""
import asyncpg

_pool = None


async def open_pool(dsn):
    global _pool
    _pool = await asyncpg.create_pool(dsn)
    return _pool


async def fetch_user(user_id):
    return await _pool.fetchrow("SELECT * FROM users WHERE id = $1", user_id)


async def touch_user(user_id):
    await _pool.execute("UPDATE users SET seen = now() WHERE id = $1", user_id)


def close_pool():
    if _pool is not None:
        _pool.terminate()
