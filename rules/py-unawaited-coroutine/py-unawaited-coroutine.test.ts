import path from 'node:path';
import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-unawaited-coroutine';

// Real files on disk for imports across the workspace: app/db.py defines `async def fetch_user`.
const appFile = path.resolve('test-fixtures/py-unawaited-coroutine/app/handlers.py');

/** The code with `await ` written before the first occurrence of `call`: what "Add `await`" produces. */
function withAwait(code: string, call: string): string {
  const at = code.indexOf(call);
  if (at < 0) throw new Error(`${call} is not in the case`);
  return `${code.slice(0, at)}await ${code.slice(at)}`;
}

const ASYNCPG =
  'import asyncpg\nasync def main(dsn):\n    conn = await asyncpg.connect(dsn)\n    conn.execute("select 1")\n' +
  '    pool = await asyncpg.create_pool(dsn)\n    async with pool.acquire() as c:\n        c.fetch("select 1")\n    pool.close()\n';
const CLIENTS =
  'import aiohttp, httpx, aiofiles\nasync def main(url):\n    async with aiohttp.ClientSession() as session:\n' +
  '        async with session.get(url) as resp:\n            body = resp.text()\n' +
  '    client = httpx.AsyncClient()\n    client.aclose()\n' +
  '    async with aiofiles.open("f") as f:\n        f.write("x")\n';
const SELF_SESSION =
  'import aiohttp\nclass Api:\n    def __init__(self):\n        self._session = None\n    async def start(self):\n' +
  '        self._session = aiohttp.ClientSession()\n    async def stop(self):\n        self._session.close()\n';
const ABSOLUTE = 'import app.db as db\nfrom app.db import fetch_user\nasync def main():\n    db.fetch_user(1)\n    fetch_user(2)\n';

const VALUES =
  'import asyncpg\nfrom sqlalchemy.ext.asyncio import async_sessionmaker\nclass Client:\n    async def connect(self): ...\n' +
  'class Job:\n    def __init__(self, client: Client):\n        self.client = client\n    async def run(self):\n        self.client.connect()\n' +
  'async def main(pool: asyncpg.Pool, Session: async_sessionmaker):\n    c = Client()\n    c.connect()\n    conn = await pool.acquire()\n    conn.execute("SELECT 1")\n' +
  '    async with Session() as s:\n        s.commit()\n';

runPythonRuleTests('py-unawaited-coroutine', rule, {
  valid: [
    // Values: a synchronous class with the same method names; a name whose reaching binding is the sync one.
    'class Sync:\n    def connect(self): ...\nasync def main():\n    c = Sync()\n    c.connect()\n',
    'class Sync:\n    def close(self): ...\nclass Async:\n    async def close(self): ...\nasync def main(flag):\n    c = Async()\n    await c.close()\n    c = Sync()\n    c.close()\n',
    // SQLAlchemy's sync methods on an async session; a motor cursor from find().
    'from sqlalchemy.ext.asyncio import AsyncSession\nasync def main(s: AsyncSession, x):\n    s.add(x)\n    s.expunge(x)\n',
    'from motor.motor_asyncio import AsyncIOMotorClient\nasync def main():\n    coll = AsyncIOMotorClient()["db"]["c"]\n    coll.find({})\n',
    // Awaited, scheduled, returned, passed on: someone runs it.
    'async def fetch():\n    pass\nasync def main():\n    await fetch()\n',
    'import asyncio\nasync def fetch():\n    pass\nasync def main():\n    asyncio.create_task(fetch())\n',
    'async def fetch():\n    pass\ndef main():\n    return fetch()\n',
    'import asyncio\nasync def fetch():\n    pass\nasync def main():\n    await asyncio.gather(fetch(), fetch())\n',
    'import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n',
    'async def fetch():\n    pass\ndef schedule(loop):\n    loop.run_until_complete(fetch())\n',
    'async def fetch():\n    pass\nasync def main():\n    coro = fetch()\n    await coro\n',
    'async def fetch():\n    pass\nasync def main(pending):\n    pending.append(fetch())\n',
    'async def fetch():\n    pass\nasync def main():\n    coros = [fetch() for _ in range(3)]\n    return coros\n',
    'async def fetch():\n    pass\ndef main():\n    yield fetch()\n',
    'async def fetch():\n    pass\nhandler = lambda: fetch()\n',
    // Read later, even above the assignment (a loop) or in a closure.
    'async def fetch():\n    pass\nasync def main():\n    for _ in range(2):\n        if pending:\n            await pending\n        pending = fetch()\n',
    'async def fetch():\n    pass\ndef main():\n    coro = fetch()\n    def run():\n        return coro\n    return run\n',
    // A module-level name may be read by other modules.
    'async def fetch():\n    pass\nCORO = fetch()\n',
    // A sync function of the same name as an async one elsewhere; a name also bound otherwise.
    'class A:\n    async def fetch(self):\n        pass\ndef fetch():\n    pass\ndef main():\n    fetch()\n',
    'async def fetch():\n    pass\ndef fetch():\n    pass\ndef main():\n    fetch()\n',
    'async def fetch():\n    pass\nfetch = wrap(fetch)\ndef main():\n    fetch()\n',
    'async def fetch():\n    pass\ndef main(fetch):\n    fetch()\n',
    // Methods on objects other than self, unknown receivers, a sync method on self.
    'class A:\n    async def fetch(self):\n        pass\n    async def main(self, other):\n        other.fetch()\n',
    'class A:\n    def fetch(self):\n        pass\n    async def main(self):\n        self.fetch()\n',
    'class A:\n    async def fetch(self):\n        pass\n    def __init__(self):\n        self.fetch = lambda: None\n    def main(self):\n        self.fetch()\n',
    'class A:\n    async def fetch(self):\n        pass\n    @staticmethod\n    def main(self):\n        self.fetch()\n',
    'async def main(client):\n    client.get("/")\n',
    // Async generators and decorated async defs do not return coroutines.
    'async def rows():\n    yield 1\ndef main():\n    rows()\n',
    'import contextlib\n@contextlib.asynccontextmanager\nasync def opened():\n    yield 1\ndef main():\n    opened()\n',
    'from asgiref.sync import async_to_sync\n@async_to_sync\nasync def fetch():\n    pass\ndef main():\n    fetch()\n',
    // asyncpg: pool.acquire() is an async context manager; transaction() is sync.
    'import asyncpg\nasync def main():\n    pool = await asyncpg.create_pool()\n    async with pool.acquire() as conn:\n        conn.transaction()\n',
    'import asyncpg\nasync def main():\n    pool = await asyncpg.create_pool()\n    pool.acquire()\n    pool.terminate()\n',
    // Receiver not known to be an aiohttp response / an httpx AsyncClient.
    'async def main(resp):\n    resp.json()\n',
    'import httpx\ndef main():\n    client = httpx.Client()\n    client.get("/")\n',
    'import aiohttp\nasync def main(session):\n    async with session.get("/") as resp:\n        resp.json()\n',
    // Annotated receivers: used with `async with`, awaited, stored or returned; not an async client; rebound without annotation.
    'import aiohttp\nasync def main(session: aiohttp.ClientSession):\n    async with session.get("/") as resp:\n        return await resp.text()\n',
    'import aiohttp\nasync def main(session: aiohttp.ClientSession):\n    resp = session.get("/")\n    return resp\n',
    'import asyncpg\nasync def main(pool: asyncpg.Pool):\n    async with pool.acquire() as conn:\n        await conn.fetch("SELECT 1")\n    pool.acquire()\n',
    'import asyncpg\nasync def main(conn: asyncpg.Connection):\n    conn.transaction()\n    conn.is_closed()\n',
    'import requests\ndef main(session: requests.Session):\n    session.get("/")\n',
    'import httpx\ndef main(client: httpx.Client):\n    client.get("/")\n',
    'async def main(session: "ClientSession"):\n    session.get("/")\n',
    'class ClientSession:\n    pass\nasync def main(session: ClientSession):\n    session.get("/")\n',
    'import aiohttp, httpx\nfrom typing import Union\nasync def main(client: Union[aiohttp.ClientSession, httpx.AsyncClient]):\n    client.get("/")\n',
    'import aiohttp\nfrom typing import Optional\nasync def main(url, session: Optional[aiohttp.ClientSession] = None):\n    session = session or make_session()\n    session.get(url)\n',
    'import aiohttp, httpx\nclass Api:\n    session: aiohttp.ClientSession\n    def __init__(self):\n        self.session: httpx.AsyncClient = make()\n    async def load(self):\n        self.session.get("/")\n',
    // A local of the same name shadows an imported catalogued function.
    'from asyncio import sleep\ndef main(sleep):\n    sleep(1)\n',
    // gather passed on is used; asyncio.sleep under await.
    'import asyncio\nasync def main():\n    return asyncio.gather(a(), b())\n',
    // A workspace import whose function is a plain def, and a missing module.
    { code: 'from .db import close_pool\ndef main():\n    close_pool()\n', filename: appFile },
    { code: 'from .missing import fetch_user\ndef main():\n    fetch_user(1)\n', filename: appFile },
    { code: 'from .db import fetch_user\nasync def main():\n    await fetch_user(1)\n', filename: appFile },
  ],
  invalid: [
    {
      code: 'async def fetch():\n    pass\nasync def main():\n    fetch()\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          line: 4,
          column: 5,
          suggestions: [{ messageId: 'addAwait', output: 'async def fetch():\n    pass\nasync def main():\n    await fetch()\n' }],
        },
      ],
    },
    {
      name: 'stored in a local never read',
      code: 'async def fetch():\n    pass\nasync def main():\n    user = fetch()\n',
      errors: [
        {
          messageId: 'unreadCoroutine',
          suggestions: [{ messageId: 'addAwait', output: 'async def fetch():\n    pass\nasync def main():\n    user = await fetch()\n' }],
        },
      ],
    },
    {
      name: 'a coroutine method on self',
      code: 'class Repo:\n    async def fetch(self):\n        pass\n    async def refresh(self):\n        self.fetch()\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          suggestions: [
            { messageId: 'addAwait', output: 'class Repo:\n    async def fetch(self):\n        pass\n    async def refresh(self):\n        await self.fetch()\n' },
          ],
        },
      ],
    },
    {
      name: 'in a plain def nobody calls: make it async',
      code: 'async def fetch():\n    pass\ndef main():\n    fetch()\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          suggestions: [{ messageId: 'makeAsync', output: 'async def fetch():\n    pass\nasync def main():\n    await fetch()\n' }],
        },
      ],
    },
    {
      name: 'in a plain decorated method: async goes after the decorator',
      code: 'class Repo:\n    async def fetch(self):\n        pass\n    @classmethod\n    def load(cls):\n        cls.fetch()\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          suggestions: [
            {
              messageId: 'makeAsync',
              output: 'class Repo:\n    async def fetch(self):\n        pass\n    @classmethod\n    async def load(cls):\n        await cls.fetch()\n',
            },
          ],
        },
      ],
    },
    {
      name: 'the plain def is called synchronously in the file: no suggestion',
      code: 'async def fetch():\n    pass\ndef main():\n    fetch()\nmain()\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'the plain def is passed as a callback: no suggestion',
      code: 'async def fetch():\n    pass\ndef on_done(_):\n    fetch()\nfuture.add_done_callback(on_done)\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'a method called on self synchronously elsewhere: no suggestion',
      code: 'class A:\n    async def fetch(self):\n        pass\n    def reload(self):\n        self.fetch()\n    def run(self):\n        self.reload()\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'dunder methods stay plain',
      code: 'class A:\n    async def close(self):\n        pass\n    def __del__(self):\n        self.close()\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'a plain def that returns a value stays plain',
      code: 'async def fetch():\n    pass\ndef main():\n    fetch()\n    return 1\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'at module level: nothing to offer',
      code: 'async def main():\n    pass\nmain()\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [] }],
    },
    {
      name: 'an aiohttp request dropped on an annotated session never runs',
      code: 'import aiohttp\nasync def notify(session: aiohttp.ClientSession, url):\n    session.post(url, json={})\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          data: { callee: 'session.post' },
          suggestions: [{ messageId: 'addAwait', output: 'import aiohttp\nasync def notify(session: aiohttp.ClientSession, url):\n    await session.post(url, json={})\n' }],
        },
      ],
    },
    {
      name: 'a session created in the file: the request is dropped too',
      code: 'import aiohttp\nasync def main(url):\n    session = aiohttp.ClientSession()\n    session.get(url)\n    await session.close()\n',
      errors: [{ messageId: 'droppedCoroutine', line: 4, suggestions: [{ messageId: 'addAwait', output: 'import aiohttp\nasync def main(url):\n    session = aiohttp.ClientSession()\n    await session.get(url)\n    await session.close()\n' }] }],
    },
    {
      name: 'string annotation of a class imported from aiohttp',
      code: 'from aiohttp import ClientSession\nasync def main(session: "ClientSession"):\n    session.get("/")\n',
      errors: [{ messageId: 'droppedCoroutine', suggestions: [{ messageId: 'addAwait', output: 'from aiohttp import ClientSession\nasync def main(session: "ClientSession"):\n    await session.get("/")\n' }] }],
    },
    {
      name: 'Optional[...] and X | None around an httpx client and an asyncpg connection',
      code: 'from typing import Optional\nimport asyncpg\nimport httpx\nasync def main(client: Optional[httpx.AsyncClient], conn: asyncpg.Connection | None):\n    client.get("/")\n    conn.execute("SELECT 1")\n',
      errors: [
        { messageId: 'droppedCoroutine', line: 5, suggestions: [{ messageId: 'addAwait', output: 'from typing import Optional\nimport asyncpg\nimport httpx\nasync def main(client: Optional[httpx.AsyncClient], conn: asyncpg.Connection | None):\n    await client.get("/")\n    conn.execute("SELECT 1")\n' }] },
        { messageId: 'droppedCoroutine', line: 6, suggestions: [{ messageId: 'addAwait', output: 'from typing import Optional\nimport asyncpg\nimport httpx\nasync def main(client: Optional[httpx.AsyncClient], conn: asyncpg.Connection | None):\n    client.get("/")\n    await conn.execute("SELECT 1")\n' }] },
      ],
    },
    {
      name: 'an annotated pool in a plain def: make it async',
      code: 'import asyncpg\ndef save(pool: asyncpg.Pool, x):\n    pool.execute("INSERT INTO t VALUES ($1)", x)\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          suggestions: [{ messageId: 'makeAsync', output: 'import asyncpg\nasync def save(pool: asyncpg.Pool, x):\n    await pool.execute("INSERT INTO t VALUES ($1)", x)\n' }],
        },
      ],
    },
    {
      name: 'attributes annotated in the class body or on self',
      code:
        'import asyncpg\nfrom aiohttp import ClientSession\nclass Repo:\n    pool: asyncpg.Pool\n    def __init__(self):\n        self._http: ClientSession = make_session()\n' +
        '    async def save(self, x):\n        self.pool.execute("INSERT INTO t VALUES ($1)", x)\n        self._http.post("/saved")\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          line: 8,
          suggestions: [
            {
              messageId: 'addAwait',
              output:
                                'import asyncpg\nfrom aiohttp import ClientSession\nclass Repo:\n    pool: asyncpg.Pool\n    def __init__(self):\n        self._http: ClientSession = make_session()\n' +
                '    async def save(self, x):\n        await self.pool.execute("INSERT INTO t VALUES ($1)", x)\n        self._http.post("/saved")\n',
            },
          ],
        },
        {
          messageId: 'droppedCoroutine',
          line: 9,
          suggestions: [
            {
              messageId: 'addAwait',
              output:
                                'import asyncpg\nfrom aiohttp import ClientSession\nclass Repo:\n    pool: asyncpg.Pool\n    def __init__(self):\n        self._http: ClientSession = make_session()\n' +
                '    async def save(self, x):\n        self.pool.execute("INSERT INTO t VALUES ($1)", x)\n        await self._http.post("/saved")\n',
            },
          ],
        },
      ],
    },
    {
      name: 'asyncio catalogue, through an alias and a from-import',
      code: 'import asyncio as aio\nfrom asyncio import sleep\nasync def main():\n    aio.sleep(1)\n    sleep(1)\n',
      errors: [
        {
          messageId: 'droppedCoroutine',
          line: 4,
          suggestions: [{ messageId: 'addAwait', output: 'import asyncio as aio\nfrom asyncio import sleep\nasync def main():\n    await aio.sleep(1)\n    sleep(1)\n' }],
        },
        {
          messageId: 'droppedCoroutine',
          line: 5,
          suggestions: [{ messageId: 'addAwait', output: 'import asyncio as aio\nfrom asyncio import sleep\nasync def main():\n    aio.sleep(1)\n    await sleep(1)\n' }],
        },
      ],
    },
    {
      name: 'asyncio.gather dropped: a future, not a coroutine',
      code: 'import asyncio\nasync def main(a, b):\n    asyncio.gather(a, b)\n',
      errors: [
        {
          messageId: 'droppedFuture',
          suggestions: [{ messageId: 'addAwait', output: 'import asyncio\nasync def main(a, b):\n    await asyncio.gather(a, b)\n' }],
        },
      ],
    },
    {
      name: 'asyncpg connection and pool methods',
      code: ASYNCPG,
      errors: [
        { messageId: 'droppedCoroutine', line: 4, suggestions: [{ messageId: 'addAwait', output: withAwait(ASYNCPG, 'conn.execute(') }] },
        { messageId: 'droppedCoroutine', line: 7, suggestions: [{ messageId: 'addAwait', output: withAwait(ASYNCPG, 'c.fetch(') }] },
        { messageId: 'droppedCoroutine', line: 8, suggestions: [{ messageId: 'addAwait', output: withAwait(ASYNCPG, 'pool.close(') }] },
      ],
    },
    {
      name: 'aiohttp response from a known session; httpx AsyncClient; aiofiles',
      code: CLIENTS,
      errors: [
        { messageId: 'unreadCoroutine', line: 5, suggestions: [{ messageId: 'addAwait', output: withAwait(CLIENTS, 'resp.text(') }] },
        { messageId: 'droppedCoroutine', line: 7, suggestions: [{ messageId: 'addAwait', output: withAwait(CLIENTS, 'client.aclose(') }] },
        { messageId: 'droppedCoroutine', line: 9, suggestions: [{ messageId: 'addAwait', output: withAwait(CLIENTS, 'f.write(') }] },
      ],
    },
    {
      name: 'self attribute bound to a client in the class',
      code: SELF_SESSION,
      errors: [{ messageId: 'droppedCoroutine', line: 8, suggestions: [{ messageId: 'addAwait', output: withAwait(SELF_SESSION, 'self._session.close(') }] }],
    },
    {
      name: 'imported from a workspace module, relative',
      filename: appFile,
      code: 'from .db import fetch_user\nasync def main():\n    fetch_user(1)\n',
      errors: [
        { messageId: 'droppedCoroutine', suggestions: [{ messageId: 'addAwait', output: 'from .db import fetch_user\nasync def main():\n    await fetch_user(1)\n' }] },
      ],
    },
    {
      name: 'imported from a workspace module, absolute and as a module alias',
      filename: appFile,
      code: ABSOLUTE,
      errors: [
        { messageId: 'droppedCoroutine', line: 4, suggestions: [{ messageId: 'addAwait', output: withAwait(ABSOLUTE, 'db.fetch_user(') }] },
        { messageId: 'droppedCoroutine', line: 5, suggestions: [{ messageId: 'addAwait', output: withAwait(ABSOLUTE, 'fetch_user(2') }] },
      ],
    },
    {
      name: 'an instance of a workspace class, a pool connection, a sessionmaker session, an attribute set in __init__',
      code: VALUES,
      errors: [
        { messageId: 'droppedCoroutine', line: 9, suggestions: [{ messageId: 'addAwait', output: withAwait(VALUES, 'self.client.connect()') }] },
        { messageId: 'droppedCoroutine', line: 12, suggestions: [{ messageId: 'addAwait', output: withAwait(VALUES, 'c.connect()') }] },
        { messageId: 'droppedCoroutine', line: 14, suggestions: [{ messageId: 'addAwait', output: withAwait(VALUES, 'conn.execute(') }] },
        { messageId: 'droppedCoroutine', line: 16, suggestions: [{ messageId: 'addAwait', output: withAwait(VALUES, 's.commit()') }] },
      ],
    },
  ],
});
