import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import { loadPythonParser } from '../../languages/python/tree-sitter';
import { absoluteImportName, importedPathOf, isWorkspaceCoroutine } from './workspace-modules';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-workspace-'));
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

before(async () => {
  await loadPythonParser();
  write('src/app/__init__.py', 'async def from_init():\n    pass\n');
  write('src/app/db.py', 'async def fetch():\n    pass\ndef close():\n    pass\nasync def rows():\n    yield 1\n');
  write('src/app/api/views.py', '');
  write('src/app/util/__init__.py', 'async def helper():\n    pass\n');
  write('tests/test_db.py', '');
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** What the callee of the last call in the code stands for through its imports. */
function calleePath(code: string) {
  const calls = [...descendants(parsePython(code), { enterFunctions: true })].filter((node) => node.type === 'call');
  return importedPathOf(calls[calls.length - 1]!.fields.function!);
}

describe('workspace modules', () => {
  it('reads import statements into levels and paths', () => {
    assert.deepEqual(calleePath('from .db import fetch\nfetch()\n'), { level: 1, path: ['db', 'fetch'] });
    assert.deepEqual(calleePath('from . import db\ndb.fetch()\n'), { level: 1, path: ['db', 'fetch'] });
    assert.deepEqual(calleePath('from .. import db\ndb.fetch()\n'), { level: 2, path: ['db', 'fetch'] });
    assert.deepEqual(calleePath('import app.db as d\nd.fetch()\n'), { level: 0, path: ['app', 'db', 'fetch'] });
    assert.deepEqual(calleePath('import app.db\napp.db.fetch()\n'), { level: 0, path: ['app', 'db', 'fetch'] });
    assert.deepEqual(calleePath('from app.db import fetch as f\nf()\n'), { level: 0, path: ['app', 'db', 'fetch'] });
    assert.equal(calleePath('from app.db import fetch\ndef g(fetch):\n    fetch()\n'), undefined, 'a parameter shadows it');
    assert.equal(calleePath('try:\n    from a import f\nexcept ImportError:\n    from b import f\nf()\n'), undefined);
    assert.deepEqual(calleePath('import asyncio\nimport asyncio\nasyncio.sleep()\n'), { level: 0, path: ['asyncio', 'sleep'] });
  });

  it('gives absolute dotted names only', () => {
    const calls = [...descendants(parsePython('import asyncio as aio\nfrom .x import y\naio.sleep()\ny()\n'))].filter((node) => node.type === 'call');
    assert.deepEqual(calls.map((call) => absoluteImportName(call.fields.function)), ['asyncio.sleep', undefined]);
  });

  it('finds coroutine functions in files of the workspace, relative and absolute', () => {
    const views = path.join(root, 'src/app/api/views.py');
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['db', 'fetch'] }, root), true);
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['db', 'close'] }, root), false, 'a plain def');
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['db', 'rows'] }, root), false, 'an async generator');
    assert.equal(isWorkspaceCoroutine(views, { level: 0, path: ['app', 'db', 'fetch'] }, root), true);
    assert.equal(isWorkspaceCoroutine(views, { level: 0, path: ['app', 'from_init'] }, root), true);
    assert.equal(isWorkspaceCoroutine(views, { level: 0, path: ['app', 'util', 'helper'] }, root), true);
    assert.equal(isWorkspaceCoroutine(views, { level: 1, path: ['missing', 'fetch'] }, root), false);
    assert.equal(isWorkspaceCoroutine(views, { level: 0, path: ['asyncio', 'sleep'] }, root), false);
  });

  it('follows edits on disk, and never throws on unreadable files', () => {
    const views = path.join(root, 'src/app/api/views.py');
    write('src/app/late.py', 'def later():\n    pass\n');
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['late', 'later'] }, root), false);
    write('src/app/late.py', 'async def later():\n    pass\n# grown\n');
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['late', 'later'] }, root), true);
    fs.mkdirSync(path.join(root, 'src/app/folder.py'));
    assert.equal(isWorkspaceCoroutine(views, { level: 2, path: ['folder', 'x'] }, root), false);
    assert.equal(isWorkspaceCoroutine('/nonexistent/dir/file.py', { level: 3, path: ['x', 'y'] }, undefined), false);
  });
});
