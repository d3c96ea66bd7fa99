import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import { bindingsIn, directScope, lookupScopes, resolveName } from './scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';
import { loadPythonParser } from '../../languages/python/tree-sitter';

before(() => loadPythonParser());

/** The n-th identifier spelled `name` in the code (0-based), to ask questions from there. */
function identifier(root: PyNode, name: string, index = 0): PyNode {
  const found = [...descendants(root, { enterFunctions: true })].filter((node) => node.type === 'identifier' && node.text === name);
  const node = found[index];
  if (!node) throw new Error(`no identifier ${name} #${index}`);
  return node;
}

describe('scope bindings', () => {
  it('finds the innermost scope that binds a name, skipping class bodies as Python does', () => {
    const module = parsePython('x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x\n');
    const use = identifier(module, 'x', 2);
    const resolved = resolveName('x', use);
    assert.equal(resolved?.scope, module);
    assert.equal(resolved.bindings[0]?.kind, 'assignment');
    assert.deepEqual(lookupScopes(use).map((scope) => scope.type), ['function_definition', 'module']);
  });

  it('tells bindings apart: def, import, parameter, with, other', () => {
    const module = parsePython(
      'import a.b\nfrom m import f as g\ndef h(p, *rest, key=1):\n    async with open() as w:\n        pass\n    for i, j in p:\n        pass\n    q: int = 2\n',
    );
    const fn = [...descendants(module)].find((node) => node.type === 'function_definition')!;
    assert.equal(bindingsIn(module, 'a')[0]?.kind, 'import');
    assert.equal(bindingsIn(module, 'g')[0]?.kind, 'import');
    assert.equal(bindingsIn(module, 'f').length, 0);
    assert.equal(bindingsIn(module, 'h')[0]?.kind, 'def');
    assert.deepEqual(['p', 'rest', 'key'].map((name) => bindingsIn(fn, name)[0]?.kind), ['parameter', 'parameter', 'parameter']);
    assert.equal(bindingsIn(fn, 'w')[0]?.kind, 'with');
    assert.equal(bindingsIn(fn, 'i')[0]?.kind, 'other');
    assert.equal(bindingsIn(fn, 'q')[0]?.kind, 'assignment');
    assert.equal(bindingsIn(module, 'w').length, 0, 'a function body is not the module');
  });

  it('puts default values and decorators in the scope around a def', () => {
    const module = parsePython('@deco\ndef f(a=default):\n    return a\n');
    assert.equal(directScope(identifier(module, 'default')), module);
    assert.equal(directScope(identifier(module, 'deco')), module);
    assert.equal(directScope(identifier(module, 'a', 1))?.type, 'function_definition');
  });

  it('returns nothing for a name bound nowhere', () => {
    const module = parsePython('print(y)\n');
    assert.equal(resolveName('y', identifier(module, 'y')), undefined);
  });
});
