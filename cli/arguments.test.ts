// What the command line accepts: files and folders, standard input, and what it says when given
// nothing to lint.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_MISSING, makeProject, parseJsonReport, runCli, summarize } from './testing/run-cli';

const BLOCKING = `export async function load(p) {\n  return require('fs').readFileSync(p, 'utf8');\n}\n`;
const PY_BLOCKING = `import time\n\n\nasync def handler():\n    time.sleep(1)\n`;

describe('command line: arguments', { skip: CLI_MISSING }, () => {
  it('lints files as well as folders, each file once', () => {
    const project = makeProject({ 'one.js': BLOCKING, 'lib/two.js': BLOCKING, 'lib/three.py': PY_BLOCKING, 'other/four.js': BLOCKING });
    try {
      const { code, stdout, stderr } = runCli(['one.js', 'lib', 'lib/two.js', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1, stderr);
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), [
        'lib/three.py:5 asyncwise/py-blocking-in-async',
        'lib/two.js:2 asyncwise/no-blocking-in-async',
        'one.js:2 asyncwise/no-blocking-in-async',
      ]);
    } finally {
      project.dispose();
    }
  });

  it('says which path does not exist, before linting anything, and exits 2', () => {
    const project = makeProject({ 'one.js': BLOCKING });
    try {
      const { code, stdout, stderr } = runCli(['one.js', 'nope.js'], { cwd: project.dir });
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /nope\.js does not exist/);
    } finally {
      project.dispose();
    }
  });

  it('warns about a named file it does not lint, and lints the others', () => {
    const project = makeProject({ 'one.js': BLOCKING, 'notes.txt': 'hello' });
    try {
      const { code, stdout } = runCli(['one.js', 'notes.txt', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1);
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), [
        'notes.txt:1 Skipped: not a JavaScript, TypeScript or Python file',
        'one.js:2 asyncwise/no-blocking-in-async',
      ]);
    } finally {
      project.dispose();
    }
  });

  it('lints standard input as the file --stdin-filename names (its extension picks the language)', () => {
    const project = makeProject({});
    try {
      const python = runCli(['--stdin', '--stdin-filename', 'src/handler.py', '-f', 'json'], { cwd: project.dir, input: PY_BLOCKING });
      assert.equal(python.code, 1, python.stderr);
      const [result] = parseJsonReport(python.stdout);
      assert.equal(result?.filePath, path.join(project.dir, 'src', 'handler.py'));
      assert.deepEqual(result?.messages.map((message) => `${message.line} ${message.ruleId}`), ['5 asyncwise/py-blocking-in-async']);
      const javascript = parseJsonReport(runCli(['--stdin', '-f', 'json'], { cwd: project.dir, input: BLOCKING }).stdout);
      assert.deepEqual(javascript.map((each) => `${each.filePath}:${each.messages[0]?.line} ${each.messages[0]?.ruleId}`), [
        '<text>:2 asyncwise/no-blocking-in-async',
      ]);
    } finally {
      project.dispose();
    }
  });

  it('warns when a folder holds nothing to lint', () => {
    const project = makeProject({ 'README.md': '# hi\n' });
    try {
      const { code, stderr } = runCli(['.'], { cwd: project.dir });
      assert.equal(code, 0);
      assert.match(stderr, /warning: no JavaScript, TypeScript or Python files in /);
    } finally {
      project.dispose();
    }
  });

  it('mentions Python and every option in --help', () => {
    const { code, stdout } = runCli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Python/);
    assert.match(stdout, /\.py\b/);
    for (const option of ['--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--max-file-size', '--output-file', '--format', '--no-type-aware']) {
      assert.ok(stdout.includes(option), `--help mentions ${option}`);
    }
  });

  it('refuses options that cannot work together, before reading anything', () => {
    assert.match(runCli(['--stdin', '--fix']).stderr, /--fix cannot save standard input; use --fix-dry-run/);
    assert.match(runCli(['--stdin', 'a.js']).stderr, /--stdin lints standard input/);
    assert.match(runCli(['--stdin-filename', 'a.js']).stderr, /--stdin-filename needs --stdin/);
    assert.match(runCli(['--max-file-size', 'big']).stderr, /--max-file-size needs a number of bytes/);
    assert.equal(runCli(['--stdin', '--fix']).code, 2);
  });

  it('tells a user of `npm start` without --silent that npm\'s banner precedes the JSON, and is quiet otherwise', () => {
    const npmStart = { npm_package_name: 'asyncwise', npm_lifecycle_event: 'start', npm_config_loglevel: undefined };
    const args = ['--stdin', '--no-type-aware', '--format', 'json'];
    const banner = runCli(args, { env: npmStart, input: BLOCKING });
    assert.match(banner.stderr, /npm start --silent --/);
    assert.equal(parseJsonReport(banner.stdout).length, 1, 'stdout itself is JSON');
    assert.doesNotMatch(runCli(args, { env: { ...npmStart, npm_config_loglevel: 'silent' }, input: BLOCKING }).stderr, /npm start --silent/);
    assert.doesNotMatch(runCli(args, { input: BLOCKING }).stderr, /npm start --silent/);
  });
});
