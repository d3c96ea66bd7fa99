// Builds the standalone server (`node scripts/build.mjs --only=server`) and copies dist/server/ to
// a private folder: other people building in the same checkout cannot swap the bundle under a
// running benchmark (the lint worker loads the bundle again when it starts).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** `--no-build` on the command line uses dist/server as it is. */
export async function prepareServerBundle(argv = process.argv) {
  if (!argv.includes('--no-build')) {
    await run(process.execPath, ['scripts/build.mjs', '--only=server', '--quiet'], { cwd: REPO });
  }
  const source = path.join(REPO, 'dist', 'server');
  const target = await fs.mkdtemp(path.join(os.tmpdir(), 'asyncwise-bench-server-'));
  const files = (await fs.readdir(source)).filter((file) => !file.endsWith('.map'));
  await Promise.all(files.map((file) => fs.copyFile(path.join(source, file), path.join(target, file))));
  const bundle = path.join(target, 'server.js');
  await fs.access(bundle);
  return { bundle, cleanup: () => fs.rm(target, { recursive: true, force: true }) };
}

/** What was measured: commit, whether the work tree had changes, machine load. */
export async function describeRun() {
  const git = async (...args) => (await run('git', args, { cwd: REPO }).catch(() => ({ stdout: '?' }))).stdout.trim();
  const commit = await git('rev-parse', '--short', 'HEAD');
  const dirty = (await git('status', '--porcelain', '--', 'server', 'engine', 'analysis', 'languages', 'rules')) !== '';
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit: `${commit}${dirty ? ' + uncommitted changes in server/engine/rules' : ''}`,
    node: process.version,
    cpus: os.cpus().length,
    load: os.loadavg().map((value) => value.toFixed(1)).join(' / '),
  };
}
