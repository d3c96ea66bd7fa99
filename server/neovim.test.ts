import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hasNeovim, runNeovim } from './testing/neovim';

const skip = !hasNeovim && (process.env.CI === 'true' ? false : 'Neovim is not installed (apt-get install neovim)');

describe('an editor nobody here wrote: Neovim\'s built-in LSP client', { skip }, () => {
  it('receives the findings of the demo over stdio', async () => {
    const root = path.resolve('test-fixtures/demo');
    const { code, stderr, diagnostics } = await runNeovim(path.join(root, 'report-service.js'), root);
    assert.equal(code, 0, stderr);
    assert.deepEqual(diagnostics, ['5 asyncwise/no-blocking-in-async asyncwise', '8 asyncwise/no-blocking-in-async asyncwise']);
  });
});
