import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SERVER_BUNDLE } from './testing/lsp-test-client';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
const skip = !hasNeovim && (process.env.CI === 'true' ? false : 'Neovim is not installed (apt-get install neovim)');

function runNeovim(file: string, root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '--clean', '-u', path.resolve('server/testing/nvim-init.lua')], {
      env: { ...process.env, ASYNCWISE_FILE: file, ASYNCWISE_SERVER: SERVER_BUNDLE, ASYNCWISE_ROOT: root },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an editor nobody here wrote: Neovim\'s built-in LSP client', { skip }, () => {
  it('receives the findings of the demo over stdio', async () => {
    const root = path.resolve('test-fixtures/demo');
    const { code, stdout, stderr } = await runNeovim(path.join(root, 'report-service.js'), root);
    assert.equal(code, 0, stderr);
    const diagnostics = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { line: number; code: string; source: string });
    assert.deepEqual(
      diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.code} ${diagnostic.source}`),
      ['5 asyncwise/no-blocking-in-async asyncwise', '8 asyncwise/no-blocking-in-async asyncwise'],
    );
  });
});
