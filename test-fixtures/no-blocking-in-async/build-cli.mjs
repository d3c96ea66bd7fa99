#!/usr/bin/env node
// A synchronous build script: blocking calls block nobody here, so nothing is reported.
import fs from 'node:fs';
import { execSync } from 'node:child_process';

function readVersion() {
  return JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
}

function parseSync(text) {
  return text.split('\n');
}

const version = readVersion();
fs.mkdirSync('dist', { recursive: true });
execSync('tsc -p .', { stdio: 'inherit' });
fs.writeFileSync('dist/VERSION', version);
for (const line of parseSync(fs.readFileSync('CHANGELOG.md', 'utf8'))) {
  if (line.startsWith(`## ${version}`)) console.log(line);
}
process.on('exit', () => fs.rmSync('.build-lock', { force: true }));
