// What a file's report holds: Asyncwise's findings, parse errors in both languages, and none of
// the comments a project wrote for its own ESLint setup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLI_MISSING, makeProject, parseJsonReport, runCli, summarize } from './testing/run-cli';

describe('command line: what is reported', { skip: CLI_MISSING }, () => {
  it('keeps the findings of a file with an /* eslint-env */ comment (mocha\'s style), and says nothing of the comment', () => {
    const project = makeProject({
      'legacy.js': `/* eslint-env node, mocha */\n/* global window */\n'use strict';\nasync function load(p) {\n  return require('fs').readFileSync(p);\n}\nmodule.exports = load;\n`,
    });
    try {
      const { code, stdout } = runCli(['.', '-f', 'json', '--no-type-aware'], { cwd: project.dir });
      assert.equal(code, 1);
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), ['legacy.js:5 asyncwise/no-blocking-in-async']);
    } finally {
      project.dispose();
    }
  });

  it('leaves other plugins\' disable comments alone: no "Definition for rule … was not found", exit 0', () => {
    const project = makeProject({
      'lib.js': [
        '// eslint-disable-next-line n/no-sync -- startup',
        "const text = require('fs').readFileSync('a');",
        '/* eslint-disable-line @typescript-eslint/no-floating-promises */',
        '/* eslint some-plugin/some-rule: "off" */',
        'module.exports = text;',
        '',
      ].join('\n'),
    });
    try {
      const { code, stdout } = runCli(['.', '-f', 'json', '--no-type-aware'], { cwd: project.dir });
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), []);
      assert.equal(code, 0);
    } finally {
      project.dispose();
    }
  });

  it('reports a Python file that does not parse as a parse error, like a JavaScript one, with the findings of the rest', () => {
    const project = makeProject({
      'broken.py': 'import time\n\n\nasync def handler():\n    time.sleep(1)\n\n\ndef oops(:\n    pass\n',
      'broken.js': 'async function f( {\n',
    });
    try {
      const { code, stdout } = runCli(['.', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1);
      const results = parseJsonReport(stdout);
      assert.deepEqual(summarize(results, project.dir).map((line) => line.replace(/(Parsing error): .*/, '$1')), [
        'broken.js:2 Parsing error',
        'broken.py:8 Parsing error',
        'broken.py:5 asyncwise/py-blocking-in-async',
      ]);
      assert.ok(results.every((result) => result.messages[0]?.fatal === true));
    } finally {
      project.dispose();
    }
  });
});
