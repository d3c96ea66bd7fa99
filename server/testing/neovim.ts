import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { SERVER_BUNDLE } from './lsp-test-client';

export const hasNeovim = spawnSync('nvim', ['--version']).status === 0;

export interface NeovimRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The first diagnostics the server published, as `<0-based line> <code> <source>`. */
  diagnostics: string[];
}

/**
 * Headless Neovim (server/testing/nvim-init.lua) opens `file` and prints the first diagnostics
 * the server publishes. By default it starts the built server bundle; `env` may name a user's
 * config instead (ASYNCWISE_NVIM_CONFIG) and the PATH its command is found on.
 */
export function runNeovim(file: string, root: string, env: Record<string, string> = {}): Promise<NeovimRun> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '--clean', '-u', path.resolve('server/testing/nvim-init.lua')], {
      env: { ...process.env, ASYNCWISE_FILE: file, ASYNCWISE_SERVER: SERVER_BUNDLE, ASYNCWISE_ROOT: root, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const diagnostics = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { line: number; code: string; source: string })
        .map((diagnostic) => `${diagnostic.line} ${diagnostic.code} ${diagnostic.source}`);
      resolve({ code, stdout, stderr, diagnostics });
    });
  });
}
