import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { descendants } from '../../analysis/python/functions';
import { canBecomeAsync, mayBeAsync } from './python-make-async';
import { parsePython } from '../../languages/python/parse';
import { loadPythonParser } from '../../languages/python/tree-sitter';

before(() => loadPythonParser());

/** canBecomeAsync of the def named `target` in the code. */
function canBecome(code: string, target = 'job'): boolean {
  const fn = [...descendants(parsePython(code), { enterFunctions: true })].find(
    (node) => node.type === 'function_definition' && node.fields.name?.text === target,
  );
  if (!fn) throw new Error(`no def ${target}`);
  return canBecomeAsync(fn);
}

describe('making a def async', () => {
  it('is allowed where nothing in the file calls it synchronously', () => {
    assert.equal(canBecome('def job():\n    pass\n'), true);
    assert.equal(canBecome('import asyncio\ndef job():\n    pass\nasyncio.run(job())\n'), true);
    assert.equal(canBecome('def job():\n    pass\nasync def main():\n    await job()\n'), true);
    assert.equal(canBecome('def job():\n    pass\ndef main(loop):\n    loop.run_until_complete(job())\n'), true);
    assert.equal(canBecome('class A:\n    @classmethod\n    def job(cls):\n        pass\n'), true);
  });

  it('is refused for sync calls, callbacks, values, generators, dunders and decorators', () => {
    assert.equal(canBecome('def job():\n    pass\njob()\n'), false);
    assert.equal(canBecome('def job():\n    pass\nloop.call_soon(job)\n'), false);
    assert.equal(canBecome('class A:\n    def job(self):\n        pass\n    def run(self):\n        self.job()\n'), false);
    assert.equal(canBecome('def job():\n    return 1\n'), false);
    assert.equal(canBecome('def job():\n    yield 1\n'), false);
    assert.equal(canBecome('class A:\n    def __call__(self):\n        pass\n', '__call__'), false);
    assert.equal(canBecome('@app.route("/")\ndef job():\n    pass\n'), false);
  });

  it('lets Python decide which dunders may be async at all', () => {
    const defs = [...descendants(parsePython('class A:\n    def __init__(self):\n        pass\n    def __aenter__(self):\n        pass\n    def __call__(self):\n        pass\n'), { enterFunctions: true })]
      .filter((node) => node.type === 'function_definition');
    assert.deepEqual(defs.map(mayBeAsync), [false, true, true]);
  });
});
