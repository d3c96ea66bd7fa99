import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { callChain, memberPath, namesRead, readAfter, targetEffect, visibleOutside, waitsOrBinds } from './dependencies';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import type { PyNode } from '../../languages/python/syntax-tree';
import { loadPythonParser } from '../../languages/python/tree-sitter';

before(() => loadPythonParser());

/** The first node of `type` whose text is `text` (or any, without text). */
function find(root: PyNode, type: string, source: string, text?: string): PyNode {
  for (const node of descendants(root, { enterFunctions: true })) {
    if (node.type === type && (text === undefined || source.slice(node.range[0], node.range[1]) === text)) return node;
  }
  throw new Error(`no ${type} ${text ?? ''}`);
}

describe('dependencies', () => {
  it('reads names, not attribute or keyword names', () => {
    const source = 'x = conn.fetch(q, *args, timeout=t, key=lambda r: r.id)\n';
    const call = find(parsePython(source), 'call', source);
    assert.deepEqual([...namesRead(call)].sort(), ['args', 'conn', 'q', 'r', 't']);
  });

  it('tells bound names from changed objects', () => {
    const source = 'a, (b, c) = 1\nself.x.y = 1\ncache[k] = 1\n';
    const module = parsePython(source);
    const targets = module.children.map((statement) => targetEffect(statement.children[0]!.fields.left!));
    assert.deepEqual([...targets[0]!.bound].sort(), ['a', 'b', 'c']);
    assert.deepEqual([...targets[1]!.mutated], ['self']);
    assert.deepEqual([...targets[2]!.mutated], ['cache']);
    assert.equal(targets[2]!.bound.size, 0);
  });

  it('splits a call chain, outermost first', () => {
    const source = 'db.table("t").select(x).execute()\n';
    const { links, root } = callChain(find(parsePython(source), 'call', source, source.trim()));
    assert.deepEqual(links.map((link) => link.name), ['execute', 'select', 'table']);
    assert.equal(root?.text, 'db');
    assert.deepEqual(memberPath(find(parsePython('self.a.b\n'), 'attribute', 'self.a.b\n', 'self.a.b')), ['self', 'a', 'b']);
  });

  it('sees waits and walruses inside an expression', () => {
    const source = 'f(await g(), y := 1)\nh(lambda: 1)\n';
    const module = parsePython(source);
    assert.equal(waitsOrBinds(module.children[0]!.children[0]!), true);
    assert.equal(waitsOrBinds(module.children[1]!.children[0]!), false);
  });

  it('knows when a name is visible outside the straight-line code', () => {
    const source = 'async def f():\n    a = 1\n    b = 2\n    c = 3\n    def g():\n        return a\n    global b\n    return c\n';
    const fn = find(parsePython(source), 'function_definition', source, source.trimEnd());
    assert.equal(visibleOutside('a', fn), true);
    assert.equal(visibleOutside('b', fn), true);
    assert.equal(visibleOutside('c', fn), false);
  });

  it('finds reads after a position in the same function', () => {
    const source = 'async def f(xs):\n    for x in xs:\n        pass\n    return x\n';
    const loop = find(parsePython(source), 'for_statement', source);
    assert.equal(readAfter('x', loop.range[1], loop), true);
    assert.equal(readAfter('xs', loop.range[1], loop), false);
  });
});
