"""Three queries of 0.3 s each, started with asyncio.gather. One asyncpg connection refuses a
second query while one is running ("another operation is in progress"), so on one connection
they must run one by one. A pool hands each query its own connection."""
import asyncio
import time

from _timing import report, row

QUERY = 0.3
QUERIES = ["SELECT user", "SELECT orders", "SELECT prices"]


class InterfaceError(Exception):
    pass


class Connection:
    """Like asyncpg.Connection: one operation at a time, and it says so."""

    def __init__(self):
        self._busy = False

    async def fetch(self, sql):
        if self._busy:
            raise InterfaceError("cannot perform operation: another operation is in progress")
        self._busy = True
        try:
            await asyncio.sleep(QUERY)
            return [sql]
        finally:
            self._busy = False


class Pool:
    """Like asyncpg.Pool: each query borrows a free connection."""

    def __init__(self, size):
        self._free = asyncio.Queue()
        for _ in range(size):
            self._free.put_nowait(Connection())

    async def fetch(self, sql):
        connection = await self._free.get()
        try:
            return await connection.fetch(sql)
        finally:
            self._free.put_nowait(connection)


async def elapsed(run):
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start


async def main():
    connection = Connection()
    pool = Pool(3)
    try:
        await asyncio.gather(*(connection.fetch(sql) for sql in QUERIES))
        error = "no error"
    except InterfaceError as raised:
        error = str(raised)
    await asyncio.sleep(QUERY)  # let the first query finish before reusing the connection

    async def one_by_one():
        for sql in QUERIES:
            await connection.fetch(sql)

    async def pooled():
        await asyncio.gather(*(pool.fetch(sql) for sql in QUERIES))

    report(
        {"en": "Three queries of 0.3 s each", "ko": "0.3초짜리 쿼리 세 개"},
        [
            row("slow", "one connection, one by one", "연결 하나로 하나씩", await elapsed(one_by_one)),
            row("fast", "gather on a pool of 3 connections", "연결 3개짜리 풀에서 gather", await elapsed(pooled)),
        ],
        [{"en": f"gather on one connection: InterfaceError: {error}", "ko": f"연결 하나에서 gather: InterfaceError: {error}"}],
    )


asyncio.run(main())
