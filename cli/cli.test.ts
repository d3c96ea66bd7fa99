import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd = process.cwd()): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: npm start -- <folder>', { skip: !fs.existsSync(CLI) && 'build the CLI first' }, () => {
  it('lints the bundled demo when no folder is given, explains the findings, exits 1 on errors', () => {
    const { code, stdout, stderr } = run([]);
    assert.equal(code, 1);
    assert.match(stderr, /No file or folder given: linting the demo/);
    assert.match(stdout, /report-service\.js/);
    assert.match(stdout, /`fs\.readdirSync` blocks the event loop/);
    assert.match(stdout, /What these mean/);
    assert.match(stdout, /2 problems \(2 errors, 0 warnings\) in 1 file/);
  });

  it('prints ESLint\'s json format, with a folder relative to where the command was typed', () => {
    const { code, stdout } = run(['demo', '--format', 'json'], path.resolve('test-fixtures'));
    assert.equal(code, 1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId}`)), [
      'report-service.js:6 asyncwise/no-blocking-in-async',
      'report-service.js:9 asyncwise/no-blocking-in-async',
    ]);
  });

  it('exits 0 on a clean folder and writes the report where asked', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-cli-'));
    try {
      fs.writeFileSync(path.join(folder, 'ok.js'), `export async function load(p) { return (await import('node:fs/promises')).readFile(p); }\n`);
      const { code } = run([folder, '-f', 'stylish', '-o', 'report.txt'], folder);
      assert.equal(code, 0);
      assert.equal(fs.readFileSync(path.join(folder, 'report.txt'), 'utf8').trim(), '');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says what is wrong with bad input and exits 2', () => {
    assert.match(run(['/no/such/folder']).stderr, /\/no\/such\/folder does not exist/);
    assert.equal(run(['/no/such/folder']).code, 2);
    assert.match(run(['--format']).stderr, /--format needs a value/);
    assert.match(run(['--frobnicate']).stderr, /unknown option --frobnicate/);
    assert.match(run(['.', '--format', 'xml']).stderr, /unknown format "xml"/);
  });
});
