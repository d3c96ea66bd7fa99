import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { descendants } from '../functions';
import { parsePython } from '../../../languages/python/parse';
import { loadPythonParser } from '../../../languages/python/tree-sitter';
import { PythonValues, type ValueKind } from './value-kinds';

before(() => loadPythonParser());

/** The kind of every receiver `x` in `x.probe()` calls of the code, in order, by name. */
function kinds(code: string, filename?: string): (string | undefined)[] {
  const module = parsePython(code);
  const values = PythonValues.of(module, { filename, cwd: filename ? path.dirname(filename) : undefined });
  return [...descendants(module, { enterFunctions: true })]
    .filter((node) => node.type === 'call' && node.fields.function?.type === 'attribute' && node.fields.function.fields.attribute?.text === 'probe')
    .map((call) => describeKind(values.kindOf(call.fields.function?.fields.object)));
}

function describeKind(kind: ValueKind | undefined): string | undefined {
  if (!kind) return undefined;
  return kind.type === 'library' ? kind.name : `${kind.name}(${[...kind.coroutines].sort().join(',')})`;
}

describe('value kinds', () => {
  it('knows asyncpg connections and pools by how they were made', () => {
    assert.deepEqual(
      kinds(
        'import asyncpg\nasync def f(dsn):\n    conn = await asyncpg.connect(dsn)\n    conn.probe()\n' +
          '    pool = await asyncpg.create_pool(dsn)\n    pool.probe()\n    async with pool.acquire() as c:\n        c.probe()\n' +
          '    other = await pool.acquire()\n    other.probe()\n    lazy = asyncpg.connect(dsn)\n    lazy.probe()\n',
      ),
      ['asyncpg.Connection', 'asyncpg.Pool', 'asyncpg.Connection', 'asyncpg.Connection', undefined],
    );
  });

  it('knows aiohttp responses only from a known session', () => {
    assert.deepEqual(
      kinds(
        'import aiohttp\nasync def f(url, session):\n    async with aiohttp.ClientSession() as s:\n        async with s.get(url) as r:\n            r.probe()\n' +
          '    async with session.get(url) as unknown:\n        unknown.probe()\n    async with aiohttp.request("GET", url) as direct:\n        direct.probe()\n',
      ),
      ['aiohttp.ClientResponse', undefined, 'aiohttp.ClientResponse'],
    );
  });

  it('follows self attributes: annotations first, else every assignment in the class, None resets aside', () => {
    assert.deepEqual(
      kinds(
        'import httpx\nclass A:\n    def __init__(self):\n        self.client = None\n    def open(self):\n        self.client = httpx.AsyncClient()\n' +
          '    async def use(self):\n        self.client.probe()\n' +
          'class B:\n    def __init__(self, client):\n        self.client = client\n    def open(self):\n        self.client = httpx.AsyncClient()\n' +
          '    async def use(self):\n        self.client.probe()\n' +
          'class C:\n    def __init__(self, client: httpx.AsyncClient):\n        self.client = client\n    async def use(self):\n        self.client.probe()\n',
      ),
      ['httpx.AsyncClient', undefined, 'httpx.AsyncClient'],
    );
  });

  it('leaves parameters, mixed bindings and plain `with` unknown', () => {
    assert.deepEqual(
      kinds(
        'import aiofiles, httpx\nasync def f(p, flag):\n    p.probe()\n    c = httpx.AsyncClient() if flag else None\n    c.probe()\n' +
          '    with aiofiles.open("x") as sync:\n        sync.probe()\n    async with aiofiles.open("x") as fh:\n        fh.probe()\n',
      ),
      [undefined, undefined, undefined, 'aiofiles.File'],
    );
  });

  it('gives a name the value of the binding that reaches it, not every binding of the name', () => {
    assert.deepEqual(
      kinds(
        'import httpx\nclass Sync:\n    def close(self): ...\nclass Async:\n    async def close(self): ...\n' +
          'async def f(flag):\n    c = Sync()\n    c.probe()\n    c = Async()\n    c.probe()\n    if flag:\n        c = Sync()\n    c.probe()\n' +
          'async def g(items):\n    c = Async()\n    for item in items:\n        c.probe()\n        c = Sync()\n',
      ),
      ['Sync()', 'Async(close)', undefined, undefined],
    );
  });

  it('reads annotations through Optional, unions with None, aliases and strings', () => {
    assert.deepEqual(
      kinds(
        'from typing import Optional, Union\nimport asyncpg\nfrom sqlalchemy.ext.asyncio import AsyncSession\nConn = asyncpg.Connection\nMaybe = Union[asyncpg.Connection, None]\n' +
          'async def f(a: Optional[AsyncSession], b: Conn, c: Maybe, d: "asyncpg.Pool", e: asyncpg.Pool | None, g: Union[asyncpg.Pool, AsyncSession]):\n' +
          '    a.probe()\n    b.probe()\n    c.probe()\n    d.probe()\n    e.probe()\n    g.probe()\n',
      ),
      ['sqlalchemy.AsyncSession', 'asyncpg.Connection', 'asyncpg.Connection', 'asyncpg.Pool', 'asyncpg.Pool', undefined],
    );
  });

  it('knows SQLAlchemy sessions from sessionmakers and engines, and motor collections from subscripts', () => {
    assert.deepEqual(
      kinds(
        'from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine\nfrom motor.motor_asyncio import AsyncIOMotorClient\n' +
          'engine = create_async_engine("sqlite+aiosqlite://")\nSession = async_sessionmaker(engine)\n' +
          'async def f():\n    async with Session() as s:\n        s.probe()\n    async with engine.connect() as conn:\n        conn.probe()\n' +
          '    coll = AsyncIOMotorClient()["db"]["things"]\n    coll.probe()\n    engine.probe()\n',
      ),
      ['sqlalchemy.AsyncSession', 'sqlalchemy.AsyncConnection', 'motor.AsyncIOMotorCollection', 'sqlalchemy.AsyncEngine'],
    );
  });

  it('knows instances of classes from constructor calls, return annotations and other workspace files', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-values-'));
    fs.writeFileSync(
      path.join(folder, 'clients.py'),
      'class Client:\n    async def connect(self): ...\n    def url(self): ...\ndef make() -> Client:\n    return Client()\nasync def open_client() -> "Client":\n    return Client()\n',
    );
    const code =
      'from .clients import Client, make, open_client\nasync def f():\n    a = Client()\n    a.probe()\n    b = make()\n    b.probe()\n    c = await open_client()\n    c.probe()\n' +
      '    d = open_client()\n    d.probe()\n';
    assert.deepEqual(kinds(code, path.join(folder, 'app.py')), ['Client(connect)', 'Client(connect)', 'Client(connect)', undefined]);
  });

  it('knows single connections of every library, and a connection acquired from a pool named so', () => {
    assert.deepEqual(
      kinds(
        'import aiosqlite\nfrom psycopg import AsyncConnection\nasync def f(p, d, pool, self):\n    async with aiosqlite.connect(p) as db:\n        db.probe()\n' +
          '    async with await AsyncConnection.connect(d) as c:\n        c.probe()\n    a = await pool.acquire()\n    a.probe()\n' +
          '    async with self._pool.acquire() as b:\n        b.probe()\n    async def g(lock):\n        x = await lock.acquire()\n        x.probe()\n',
      ),
      ['aiosqlite.Connection', 'psycopg.AsyncConnection', 'pool.Connection', 'pool.Connection', undefined],
    );
  });

  it('gives up on names bound two ways, loop targets and unknown code', () => {
    assert.deepEqual(
      kinds('import asyncpg\nasync def f(d, p):\n    conn = await asyncpg.connect(d)\n    conn = p\n    conn.probe()\n    for c in d:\n        c.probe()\n'),
      [undefined, undefined],
    );
  });

  it('counts coroutine methods inherited from classes of the file, not past a base from elsewhere', () => {
    assert.deepEqual(
      kinds(
        'from lib import Remote\nclass Base:\n    async def connect(self): ...\n    async def close(self): ...\n' +
          'class Client(Base):\n    def close(self): ...\nclass Mixed(Remote, Base):\n    pass\n' +
          'async def f():\n    a = Client()\n    a.probe()\n    b = Mixed()\n    b.probe()\n',
      ),
      ['Client(connect)', 'Mixed()'],
    );
  });
});
