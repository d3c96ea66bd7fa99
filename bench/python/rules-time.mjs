#!/usr/bin/env node
// CPU time of the Python rules in process, two builds of the ESLint plugin side by side in one
// run: each round lints the same files with one build, then the other (order alternating), and
// the medians per round are compared. CPU time, not wall time: the machine is shared.
//
//   node bench/python/rules-time.mjs --before=<repo with dist/> [--after=<repo>] [--rounds=15] [--files=<folder>]
//
// Files: the held-out sets and the Python fixtures (service code of the usual shapes), or every .py
// file under --files (e.g. the 517-line module bench/python-edit.mjs edits, written to a folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name, fallback) => process.argv.slice(2).find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const BEFORE = option('before');
const AFTER = path.resolve(option('after', ROOT));
const ROUNDS = Number(option('rounds', '15'));
const ONLY = option('files');
if (!BEFORE) {
  process.stderr.write('usage: node bench/python/rules-time.mjs --before=<repo with a built dist/> [--after=<repo>]\n');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'node_modules', 'eslint'));

function pythonFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.py')).map((name) => path.join(dir, name));
}
const files = (ONLY ? pythonFiles(path.resolve(ONLY)) : [
  ...pythonFiles(path.join(ROOT, 'bench', 'python', 'holdout')),
  ...pythonFiles(path.join(ROOT, 'bench', 'python', 'holdout-values')),
  ...fs.readdirSync(path.join(ROOT, 'test-fixtures')).filter((name) => name.startsWith('py-')).flatMap((name) => pythonFiles(path.join(ROOT, 'test-fixtures', name))),
]).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

async function build(repo) {
  const plugin = require(path.join(path.resolve(repo), 'dist', 'eslint-plugin-asyncwise', 'index.cjs'));
  await plugin.languages.python.load();
  const config = [plugin.configs['recommended-python']].flat();
  const linter = new Linter({ configType: 'flat', cwd: path.parse(ROOT).root });
  return (filename, text) => linter.verify(text, config, { filename });
}

const builds = { before: await build(BEFORE), after: await build(AFTER) };
const cpu = { before: [], after: [] };
const findings = {};
for (let round = 0; round <= ROUNDS; round++) {
  const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const name of order) {
    const start = process.cpuUsage();
    let count = 0;
    for (const { file, text } of files) count += builds[name](file, text).length;
    const used = process.cpuUsage(start);
    findings[name] = count;
    // Round 0 warms both builds up (JIT, parser) and is not counted.
    if (round > 0) cpu[name].push((used.user + used.system) / 1000);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lines = files.reduce((sum, { text }) => sum + text.split('\n').length, 0);
console.log(`${files.length} files, ${lines} lines, ${ROUNDS} rounds, load ${os.loadavg().map((v) => v.toFixed(1)).join(' / ')}`);
for (const name of ['before', 'after']) {
  console.log(`${name.padEnd(6)} ${median(cpu[name]).toFixed(1)} ms CPU per round (median), ${(median(cpu[name]) / files.length).toFixed(2)} ms per file, ${findings[name]} findings`);
}
console.log(`after ÷ before: ${(median(cpu.after) / median(cpu.before)).toFixed(2)}×`);
