// ruff as a command-line run over a folder, for timing next to Asyncwise's CLI: ruff's WebAssembly
// build (the native binary comes from PyPI, which this machine cannot reach), loaded in a fresh
// Node process, checking every .py file under the folder with the flake8-async rules and RUF006.
// Prints one JSON line: files, findings, and the milliseconds spent loading and checking.
// Usage: node bench/cli-speed/ruff-cli.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';

const started = performance.now();
const { Workspace } = await import('@astral-sh/ruff-wasm-nodejs');
const workspace = new Workspace({ 'target-version': 'py311', lint: { select: ['ASYNC', 'RUF006'] } });
const loaded = performance.now();

const folder = process.argv[2];
const files = fs
  .readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
  .filter((file) => !file.includes('__pycache__'));
let findings = 0;
for (const file of files) findings += workspace.check(fs.readFileSync(file, 'utf8')).length;
const checked = performance.now();
process.stdout.write(`${JSON.stringify({ files: files.length, findings, loadMs: loaded - started, checkMs: checked - loaded })}\n`);
