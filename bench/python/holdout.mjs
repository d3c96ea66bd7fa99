#!/usr/bin/env node
// Precision and recall of Asyncwise's Python rules on the held-out files in holdout/: service code
// written for this measurement (not in test-fixtures/), with `# expect: <rule>` on every line a
// rule should report. Written before the rules were run on it; not to be tuned against.
//
//   node bench/python/holdout.mjs [--cli=dist/cli.js] [--folder=bench/python/holdout-values]
//
// Sets: holdout/ (the first, seven service files) and holdout-values/ (what values are: clients
// made from workspace classes, pool connections, sessions, nested loops, version guards, target
// versions declared outside pyproject.toml; files in subfolders with their own project files).
//
// A finding matches an expectation of the same rule in the same file when the marked line lies
// within two lines of the finding's first..last line (rules that look at a group of statements
// may name its first or its second line). Each expectation and each finding is used once.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const folderArg = process.argv.slice(2).find((arg) => arg.startsWith('--folder='));
const FOLDER = folderArg ? path.resolve(folderArg.slice(9)) : path.join(HERE, 'holdout');
const cliArg = process.argv.slice(2).find((arg) => arg.startsWith('--cli='));
const CLI = cliArg ? path.resolve(cliArg.slice(6)) : path.join(ROOT, 'dist', 'cli.js');
const TOLERANCE = 2;

const files = fs.readdirSync(FOLDER, { recursive: true }).filter((name) => name.endsWith('.py') && !name.includes('__pycache__')).sort();
const expected = [];
let lines = 0;
for (const name of files) {
  const text = fs.readFileSync(path.join(FOLDER, name), 'utf8').split('\n');
  lines += text.length - 1;
  text.forEach((line, index) => {
    for (const match of line.matchAll(/#\s*expect:\s*([\w-]+)/g)) expected.push({ file: name, line: index + 1, rule: match[1] });
  });
}

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-holdout-')), 'out.json');
const run = spawnSync(process.execPath, [CLI, FOLDER, '--format', 'json', '--output-file', out], { encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(`cli exited ${run.status}: ${run.stderr}\n`);
  process.exit(2);
}
const findings = JSON.parse(fs.readFileSync(out, 'utf8'))
  .filter((result) => result.filePath.endsWith('.py'))
  .flatMap((result) => result.messages.map((m) => ({
    file: path.relative(FOLDER, result.filePath), line: m.line, endLine: m.endLine ?? m.line, rule: (m.ruleId ?? 'fatal').replace(/^asyncwise\//, ''), message: m.message,
  })));

const used = new Set();
for (const expectation of expected) {
  const hit = findings.find((f, index) => !used.has(index) && f.rule === expectation.rule && f.file === expectation.file
    && expectation.line >= f.line - TOLERANCE && expectation.line <= f.endLine + TOLERANCE);
  if (hit) {
    used.add(findings.indexOf(hit));
    expectation.found = hit;
  }
}
const falseAlarms = findings.filter((_, index) => !used.has(index));

const rules = [...new Set([...expected.map((e) => e.rule), ...findings.map((f) => f.rule)])].sort();
const pct = (a, b) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);
const rows = ['| rule | expected | reported | true positives | false alarms | misses | precision | recall |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
const total = { expected: 0, reported: 0, tp: 0 };
for (const rule of rules) {
  const exp = expected.filter((e) => e.rule === rule).length;
  const rep = findings.filter((f) => f.rule === rule).length;
  const tp = expected.filter((e) => e.rule === rule && e.found).length;
  total.expected += exp; total.reported += rep; total.tp += tp;
  rows.push(`| ${rule} | ${exp} | ${rep} | ${tp} | ${rep - tp} | ${exp - tp} | ${pct(tp, rep)} | ${pct(tp, exp)} |`);
}
rows.push(`| **all** | ${total.expected} | ${total.reported} | ${total.tp} | ${total.reported - total.tp} | ${total.expected - total.tp} | ${pct(total.tp, total.reported)} | ${pct(total.tp, total.expected)} |`);

const report = [`${files.length} files, ${lines} lines, ${expected.length} expected findings (${path.relative(ROOT, FOLDER)}, ${path.relative(ROOT, CLI)})`, '', ...rows, ''];
report.push('Misses:', ...expected.filter((e) => !e.found).map((e) => `- ${e.rule} ${e.file}:${e.line}`), '');
report.push('False alarms:', ...falseAlarms.map((f) => `- ${f.rule} ${f.file}:${f.line}: ${f.message.split('\n')[0]}`), '');
process.stdout.write(report.join('\n'));
