import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { descendants } from './functions';
import { parsePython } from '../../languages/python/parse';
import { loadPythonParser } from '../../languages/python/tree-sitter';
import { valueFate } from './value-use';

before(() => loadPythonParser());

/** The fate of the first call of `target()` in the code. */
function fateOf(code: string, target = 'work'): string {
  const module = parsePython(code);
  const call = [...descendants(module, { enterFunctions: true })].find(
    (node) => node.type === 'call' && node.fields.function?.text === target,
  );
  if (!call) throw new Error(`no call of ${target}`);
  const fate = valueFate(call);
  return fate.kind === 'unread' ? `unread ${fate.name}` : fate.kind;
}

describe('value use', () => {
  it('sees a call thrown away as a statement, also in parentheses', () => {
    assert.equal(fateOf('def f():\n    work()\n'), 'dropped');
    assert.equal(fateOf('def f():\n    (work())\n'), 'dropped');
    assert.equal(fateOf('work()\n'), 'dropped');
  });

  it('sees a local that is never read', () => {
    assert.equal(fateOf('def f():\n    x = work()\n    return 1\n'), 'unread x');
    assert.equal(fateOf('def f():\n    x: int = work()\n'), 'unread x');
    assert.equal(fateOf('def f():\n    x = work()\n    x = other()\n'), 'unread x', 'a rebinding is not a read');
  });

  it('counts every other use as used', () => {
    for (const code of [
      'def f():\n    return work()\n',
      'async def f():\n    await work()\n',
      'def f():\n    g(work())\n',
      'def f():\n    yield work()\n',
      'def f():\n    items = [work()]\n    return items\n',
      'def f(self):\n    self.t = work()\n',
      'def f():\n    x = work()\n    g(x)\n',
      'def f():\n    x = work()\n    def inner():\n        return x\n',
      'def f():\n    for _ in range(2):\n        print(x)\n        x = work()\n',
      'def f():\n    global x\n    x = work()\n',
      'x = work()\n',
      'class C:\n    x = work()\n',
      'def f():\n    a, b = work()\n',
      'def f():\n    a = b = work()\n',
      'def f():\n    x = work()\n    del x\n',
      'f = lambda: work()\n',
    ]) {
      assert.equal(fateOf(code), 'used', code);
    }
  });
});
