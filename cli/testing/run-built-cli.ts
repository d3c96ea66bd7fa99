import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The CLI as `npm run build` leaves it in dist/. */
export const CLI = path.resolve('dist/cli.js');

/** Runs the built CLI in `cwd`, as if typed there. */
export function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
