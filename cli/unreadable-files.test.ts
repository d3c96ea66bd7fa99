// Files and folders the CLI cannot read: each is an error in the report, and the rest is linted.
// Real permissions: the CLI runs as an unprivileged user (root would read a chmod 000 file).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_MISSING, makeProject, parseJsonReport, runCli, summarize, UNPRIVILEGED_UID } from './testing/run-cli';

const BLOCKING = `export async function load(p) {\n  return require('fs').readFileSync(p, 'utf8');\n}\n`;

describe('command line: files it cannot read', { skip: CLI_MISSING }, () => {
  it('reports an unreadable file and an unreadable folder as errors, and lints the rest', () => {
    const project = makeProject({ 'a-good.js': BLOCKING, 'b-secret.js': BLOCKING, 'locked/c.js': BLOCKING, 'z-good.js': BLOCKING });
    try {
      fs.chmodSync(project.file('b-secret.js'), 0o000);
      fs.chmodSync(project.file('locked'), 0o000);
      const { code, stdout, stderr } = runCli(['.', '-f', 'json'], { cwd: project.dir, uid: UNPRIVILEGED_UID });
      assert.equal(code, 1, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), [
        'a-good.js:2 asyncwise/no-blocking-in-async',
        'b-secret.js:1 Could not read this file: EACCES: permission denied, open \'' + project.file('b-secret.js') + '\'',
        'locked:1 Could not read this folder, its files were not linted: EACCES: permission denied, scandir \'' + project.file('locked') + '\'',
        'z-good.js:2 asyncwise/no-blocking-in-async',
      ]);
    } finally {
      project.dispose();
    }
  });

  it('reports a file deleted after its folder was listed, and lints the rest', () => {
    const project = makeProject({ 'good.js': BLOCKING, 'vanishing.js': BLOCKING });
    try {
      const { code, stdout, stderr } = runCli(['.', '-f', 'json'], {
        cwd: project.dir,
        env: { NODE_OPTIONS: `--require ${path.resolve('cli/testing/vanish-after-listing.cjs')}`, ASYNCWISE_VANISH: project.file('vanishing.js') },
      });
      assert.equal(fs.existsSync(project.file('vanishing.js')), false, 'the hook deleted the file');
      assert.equal(code, 1, stderr);
      const results = parseJsonReport(stdout);
      assert.deepEqual(summarize(results, project.dir), [
        'good.js:2 asyncwise/no-blocking-in-async',
        `vanishing.js:1 Could not read this file: ENOENT: no such file or directory, stat '${project.file('vanishing.js')}'`,
      ]);
      assert.equal(results[1]?.messages[0]?.fatal, true);
    } finally {
      project.dispose();
    }
  });

  it('follows a link to a file, and reports a broken link like a missing file', () => {
    const project = makeProject({ 'good.js': BLOCKING, 'shared/util.js': BLOCKING });
    try {
      fs.symlinkSync('shared/util.js', project.file('linked.js'));
      fs.symlinkSync('deleted.js', project.file('broken.js'));
      const { code, stdout } = runCli(['.', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1);
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir).map((line) => line.replace(/: ENOENT.*/, '')), [
        'broken.js:1 Could not read this file',
        'good.js:2 asyncwise/no-blocking-in-async',
        'linked.js:2 asyncwise/no-blocking-in-async',
        'shared/util.js:2 asyncwise/no-blocking-in-async',
      ]);
    } finally {
      project.dispose();
    }
  });

  it('never opens a FIFO named like a source file (reading it would wait forever)', () => {
    const project = makeProject({ 'good.js': BLOCKING });
    try {
      fs.symlinkSync('pipe', project.file('pipe.js'));
      const made = runMkfifo(project.file('pipe'));
      if (!made) return;
      const { code, stdout } = runCli(['.', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1);
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), [
        'good.js:2 asyncwise/no-blocking-in-async',
        'pipe.js:1 Could not read this file: not a regular file',
      ]);
    } finally {
      project.dispose();
    }
  });
});

function runMkfifo(file: string): boolean {
  return spawnSync('mkfifo', [file]).status === 0;
}
