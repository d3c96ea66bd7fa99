// Where the report goes: --output-file is checked before any linting, and a reader that stops
// early (`| head`) is no error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { CLI, CLI_MISSING, makeProject, runCli, runCliWithOpenStdin } from './testing/run-cli';

const BLOCKING = `export async function load(p) {\n  return require('fs').readFileSync(p, 'utf8');\n}\n`;

describe('command line: the report', { skip: CLI_MISSING }, () => {
  it('refuses an --output-file that is a folder before reading anything, in one line', async () => {
    const project = makeProject({ 'one.js': BLOCKING, 'reports/.keep': '' });
    try {
      // Standard input stays open: a CLI that read it before checking the output would never end.
      const run = await runCliWithOpenStdin(['--stdin', '-o', 'reports'], project.dir, 20_000);
      assert.notEqual(run, 'timed out', 'the output file is checked before standard input is read');
      if (run === 'timed out') return;
      assert.equal(run.code, 2);
      assert.equal(run.stderr, `asyncwise: cannot write the report to ${project.file('reports')}: it is a folder\n`);
    } finally {
      project.dispose();
    }
  });

  it('refuses an --output-file under a file, and creates missing folders otherwise', async () => {
    const project = makeProject({ 'one.js': BLOCKING });
    try {
      const run = await runCliWithOpenStdin(['--stdin', '-o', 'one.js/report.txt'], project.dir, 20_000);
      assert.ok(run !== 'timed out' && run.code === 2, JSON.stringify(run));
      assert.match(run.stderr, /^asyncwise: cannot write the report to .*one\.js\/report\.txt: ENOTDIR/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      const { code } = runCli(['one.js', '-f', 'json', '-o', 'out/deeper/report.json'], { cwd: project.dir });
      assert.equal(code, 1);
      assert.equal((JSON.parse(await readFile(project.file('out/deeper/report.json'), 'utf8')) as unknown[]).length, 1);
    } finally {
      project.dispose();
    }
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const project = makeProject({ 'one.js': BLOCKING });
    try {
      // `true` exits without reading: the report is written into a closed pipe (EPIPE).
      const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" one.js | true; echo "exit $?" >&2`], {
        cwd: project.dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: project.dir },
      });
      assert.doesNotMatch(result.stderr, /EPIPE|Error|\n\s+at /, result.stderr);
      assert.match(result.stderr, /exit 1\n$/, 'the exit code still says errors were found');
    } finally {
      project.dispose();
    }
  });
});
