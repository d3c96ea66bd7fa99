import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ClientKinds } from './async-clients';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import { loadPythonParser } from '../../languages/python/tree-sitter';

before(() => loadPythonParser());

/** The kind of every receiver `x` in `x.probe()` calls of the code, in order. */
function kinds(code: string): (string | undefined)[] {
  const clients = new ClientKinds();
  return [...descendants(parsePython(code), { enterFunctions: true })]
    .filter((node) => node.type === 'call' && node.fields.function?.type === 'attribute' && node.fields.function.fields.attribute?.text === 'probe')
    .map((call) => clients.kindOf(call.fields.function?.fields.object));
}

describe('async client kinds', () => {
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

  it('follows self attributes assigned in the class, ignoring None resets', () => {
    assert.deepEqual(
      kinds(
        'import httpx\nclass A:\n    def __init__(self):\n        self.client = None\n    def open(self):\n        self.client = httpx.AsyncClient()\n' +
          '    async def use(self):\n        self.client.probe()\n' +
          'class B:\n    def __init__(self, client):\n        self.client = client\n    def open(self):\n        self.client = httpx.AsyncClient()\n' +
          '    async def use(self):\n        self.client.probe()\n',
      ),
      ['httpx.AsyncClient', undefined],
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
});
