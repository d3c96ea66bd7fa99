import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { classCoroutineMethods, classOfSelf, coroutineFunctionNamed, isCoroutineFunction, moduleCoroutineNames } from './async-definitions';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import type { PyNode } from '../../languages/python/syntax-tree';
import { loadPythonParser } from '../../languages/python/tree-sitter';

before(() => loadPythonParser());

function nodes(root: PyNode, type: string): PyNode[] {
  return [...descendants(root, { enterFunctions: true })].filter((node) => node.type === type);
}

describe('async definitions', () => {
  it('knows which defs return coroutines when called', () => {
    const module = parsePython(
      'async def a():\n    pass\nasync def gen():\n    yield 1\n@staticmethod\nasync def s():\n    pass\n' +
        '@asynccontextmanager\nasync def cm():\n    yield\ndef plain():\n    pass\n',
    );
    const verdicts = nodes(module, 'function_definition').map((fn) => `${fn.fields.name?.text}:${isCoroutineFunction(fn)}`);
    assert.deepEqual(verdicts, ['a:true', 'gen:false', 's:true', 'cm:false', 'plain:false']);
  });

  it('lists module names bound only to coroutine functions', () => {
    const module = parsePython(
      'async def a():\n    pass\nasync def b():\n    pass\ndef b():\n    pass\nasync def c():\n    pass\nc = wrap(c)\n' +
        'def outer():\n    async def inner():\n        pass\n',
    );
    assert.deepEqual([...moduleCoroutineNames(module)], ['a']);
  });

  it('resolves a called name to its async def, nested ones too, unless shadowed', () => {
    const module = parsePython('async def a():\n    pass\ndef f(a):\n    a()\ndef g():\n    async def n():\n        pass\n    n()\n    a()\n');
    const calls = nodes(module, 'call').map((call) => call.fields.function!);
    assert.deepEqual(calls.map((callee) => coroutineFunctionNamed(callee.text, callee)?.fields.name?.text), [undefined, 'n', 'a']);
  });

  it('finds the class of self, and its coroutine methods', () => {
    const module = parsePython(
      'class C:\n    async def fetch(self):\n        pass\n    async def load(self):\n        pass\n    def sync(self):\n        pass\n' +
        '    def __init__(self):\n        self.load = None\n    def use(self):\n        def inner():\n            return self\n        return inner\n' +
        '    @staticmethod\n    def st(self):\n        return self\n',
    );
    const cls = nodes(module, 'class_definition')[0]!;
    assert.deepEqual([...classCoroutineMethods(cls)], ['fetch']);
    const selves = nodes(module, 'identifier').filter((node) => node.text === 'self' && node.parent?.type === 'return_statement');
    assert.deepEqual(selves.map((self) => classOfSelf(self) === cls), [true, false]);
  });
});
