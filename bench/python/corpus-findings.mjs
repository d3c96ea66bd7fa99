#!/usr/bin/env node
// Every Python finding of the CLI on the Debian code bases used to judge the value-kind work
// (bench/python/judgements-values.md), one line each, so two builds can be compared line by line.
//
//   node bench/python/corpus-findings.mjs [--cli=dist/cli.js] [--corpus=/work/corpus] [--fetch] > findings.txt
//
// --fetch downloads the packages first (`apt-get download` + `dpkg -x` into the corpus folder;
// needs `apt-get update` once). Nothing is installed system-wide.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name, fallback) => process.argv.slice(2).find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const CLI = path.resolve(option('cli', path.join(ROOT, 'dist', 'cli.js')));
const CORPUS = path.resolve(option('corpus', '/work/corpus'));

/** Debian 12 package → the import packages it ships. */
export const CODE_BASES = {
  'python3-asyncssh': ['asyncssh'],
  'python3-aio-pika': ['aio_pika'],
  'python3-aiormq': ['aiormq'],
  'python3-databases': ['databases'],
  'python3-aiosmtpd': ['aiosmtpd'],
  'python3-zeroconf': ['zeroconf'],
};

const folderOf = (pkg) => path.join(CORPUS, pkg.replace(/^python3-/, ''));

if (process.argv.includes('--fetch')) {
  const debs = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-debs-'));
  for (const pkg of Object.keys(CODE_BASES)) {
    const download = spawnSync('apt-get', ['download', pkg], { cwd: debs, stdio: 'inherit' });
    if (download.status !== 0) process.exit(2);
    const deb = fs.readdirSync(debs).find((name) => name.startsWith(`${pkg}_`));
    fs.mkdirSync(folderOf(pkg), { recursive: true });
    spawnSync('dpkg', ['-x', path.join(debs, deb), folderOf(pkg)], { stdio: 'inherit' });
  }
}

const lines = [];
for (const [pkg, modules] of Object.entries(CODE_BASES)) {
  for (const module of modules) {
    const folder = path.join(folderOf(pkg), 'usr', 'lib', 'python3', 'dist-packages', module);
    if (!fs.existsSync(folder)) {
      process.stderr.write(`missing ${folder}: run with --fetch\n`);
      process.exit(2);
    }
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-corpus-')), 'out.json');
    const run = spawnSync(process.execPath, [CLI, folder, '--format', 'json', '--output-file', out], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) {
      process.stderr.write(`cli exited ${run.status} on ${folder}: ${run.stderr}\n`);
      process.exit(2);
    }
    for (const result of JSON.parse(fs.readFileSync(out, 'utf8'))) {
      for (const message of result.messages) {
        const fix = message.fix ? ' [fix]' : '';
        lines.push(`${module}/${path.relative(folder, result.filePath)}:${message.line} ${(message.ruleId ?? 'fatal').replace(/^asyncwise\//, '')}${fix} ${message.message}`);
      }
    }
  }
}
process.stdout.write(`${lines.sort().join('\n')}\n`);
