import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-shared-connection';

const head = 'import asyncio\nimport asyncpg\n';

runPythonRuleTests('py-shared-connection', rule, {
  valid: [
    // A session per operation; an engine (a pool) shared; a helper handed the pool, not a connection.
    `import asyncio\nfrom sqlalchemy.ext.asyncio import async_sessionmaker\nasync def f(Session: async_sessionmaker, ids):\n    async def one(i):\n        async with Session() as s:\n            return await s.get(T, i)\n    await asyncio.gather(*(one(i) for i in ids))\n`,
    `${head}async def load(pool, q):\n    return await pool.fetch(q)\nasync def f(pool: asyncpg.Pool, qs):\n    await asyncio.gather(*(load(pool, q) for q in qs))\n`,
    // A helper that is not a coroutine function of the file: nothing known.
    `${head}async def f(dsn, qs):\n    conn = await asyncpg.connect(dsn)\n    await asyncio.gather(*(other.load(conn, q) for q in qs))\n`,
    // A pool hands every operation its own connection.
    `${head}async def f(dsn):\n    pool = await asyncpg.create_pool(dsn)\n    await asyncio.gather(pool.fetch("a"), pool.fetch("b"))\n`,
    `${head}async def f(pool: asyncpg.Pool):\n    await asyncio.gather(*(pool.fetchrow(q) for q in qs))\n`,
    // Unknown objects: nothing shows they are one connection.
    `${head}async def f(conn):\n    await asyncio.gather(conn.fetch("a"), conn.fetch("b"))\n`,
    `${head}async def f(self):\n    await asyncio.gather(self.conn.fetch("a"), self.conn.fetch("b"))\n`,
    // Sequential awaits on one connection are how it is meant to be used.
    `${head}async def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    a = await conn.fetch("a")\n    b = await conn.fetch("b")\n`,
    // One operation per connection, each from the pool.
    `${head}async def f(pool):\n    async def one(q):\n        async with pool.acquire() as conn:\n            return await conn.fetch(q)\n    await asyncio.gather(one("a"), one("b"))\n`,
    // Only one operation on the connection among the gathered ones.
    `${head}async def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    await asyncio.gather(conn.fetch("a"), other())\n`,
    // Two different connections.
    `${head}async def f(dsn):\n    a = await asyncpg.connect(dsn)\n    b = await asyncpg.connect(dsn)\n    await asyncio.gather(a.fetch("x"), b.fetch("y"))\n`,
    // A name bound two ways is unknown.
    `${head}async def f(dsn, pool):\n    conn = await asyncpg.connect(dsn)\n    if pool:\n        conn = pool\n    await asyncio.gather(conn.fetch("a"), conn.fetch("b"))\n`,
    // Tasks awaited before the next starts; tasks on different branches.
    `${head}async def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    t = asyncio.create_task(conn.fetch("a"))\n    await t\n    u = asyncio.create_task(conn.fetch("b"))\n    await u\n`,
    `${head}async def f(dsn, flag):\n    conn = await asyncpg.connect(dsn)\n    if flag:\n        t = asyncio.create_task(conn.fetch("a"))\n    else:\n        t = asyncio.create_task(conn.fetch("b"))\n    await t\n`,
    `${head}async def f(dsn, qs):\n    conn = await asyncpg.connect(dsn)\n    for q in qs:\n        t = asyncio.create_task(conn.fetch(q))\n        await t\n`,
  ],
  invalid: [
    {
      code: `import asyncio\nfrom sqlalchemy.ext.asyncio import AsyncSession\nasync def f(engine, a, b):\n    async with AsyncSession(engine) as s:\n        await asyncio.gather(s.execute(a), s.scalar(b))\n`,
      errors: [{ messageId: 'sharedSession', line: 5 }],
    },
    {
      code: `${head}async def lines(conn, i):\n    return await conn.fetch("SELECT $1", i)\nasync def f(pool: asyncpg.Pool, ids):\n    async with pool.acquire() as conn:\n        return await asyncio.gather(*(lines(conn, i) for i in ids))\n`,
      errors: [{ messageId: 'sharedConnection', line: 7 }],
    },
    {
      code: `import asyncio\nfrom sqlalchemy.ext.asyncio import AsyncSession\nasync def f(s: AsyncSession, a, b):\n    first = s.execute(a)\n    second = s.execute(b)\n    return await asyncio.gather(first, second)\n`,
      errors: [{ messageId: 'sharedSession', line: 6 }],
    },
    {
      code: `${head}async def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    a, b = await asyncio.gather(conn.fetch("a"), conn.fetchrow("b"))\n`,
      errors: [{ messageId: 'sharedConnection', line: 5 }],
    },
    {
      code: `${head}async def f(pool, qs):\n    async with pool.acquire() as conn:\n        await asyncio.gather(*(conn.execute(q) for q in qs))\n`,
      errors: [{ messageId: 'sharedConnection' }],
    },
    {
      code: `${head}async def f(pool, qs):\n    conn = await pool.acquire()\n    await asyncio.gather(*map(conn.execute, qs))\n`,
      errors: [{ messageId: 'sharedConnection' }],
    },
    {
      code: `${head}from asyncpg import Connection\nasync def f(conn: Connection, qs):\n    await asyncio.wait([conn.fetch("a"), conn.fetch("b")])\n`,
      errors: [{ messageId: 'sharedConnection' }],
    },
    {
      code: `import asyncio\nimport aiosqlite\nasync def f(path, qs):\n    async with aiosqlite.connect(path) as db:\n        await asyncio.gather(*[db.execute(q) for q in qs])\n`,
      errors: [{ messageId: 'sharedConnection' }],
    },
    {
      code: `import asyncio\nimport psycopg\nasync def f(dsn):\n    async with await psycopg.AsyncConnection.connect(dsn) as conn:\n        await asyncio.gather(conn.execute("a"), conn.execute("b"))\n`,
      errors: [{ messageId: 'sharedConnection' }],
    },
    {
      code: `${head}async def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    t1 = asyncio.create_task(conn.fetch("a"))\n    t2 = asyncio.create_task(conn.fetch("b"))\n    return await t1, await t2\n`,
      errors: [{ messageId: 'sharedConnectionTask', line: 6 }],
    },
    {
      code: `${head}async def f(dsn, qs):\n    conn = await asyncpg.connect(dsn)\n    tasks = []\n    for q in qs:\n        tasks.append(asyncio.create_task(conn.fetch(q)))\n    return await asyncio.gather(*tasks)\n`,
      errors: [{ messageId: 'sharedConnectionTask', line: 7 }],
    },
    {
      code: `${head}async def f(dsn, qs):\n    conn = await asyncpg.connect(dsn)\n    async with asyncio.TaskGroup() as tg:\n        tasks = [tg.create_task(conn.fetch(q)) for q in qs]\n`,
      errors: [{ messageId: 'sharedConnectionTask' }],
    },
  ],
});
