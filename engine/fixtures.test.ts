import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Linter } from 'eslint';
import { parsePython } from '../languages/python/parse';
import { isPythonFile } from './extensions';
import { readExpectations } from './fixture-expectations';
import { listSourceFiles } from './source-files';
import { LINTED_EXTENSIONS } from './lint-config';
import { LintEngine } from './lint-text';

const fixturesRoot = path.resolve('test-fixtures');
const folders = fs
  .readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'rule-tester')
  .map((entry) => entry.name);

before(() => LintEngine.load());

describe('test-fixtures: every marked line is reported, nothing else is', () => {
  const engine = new LintEngine({ rootDir: fixturesRoot });
  for (const folder of folders) {
    const typedFolder = fs.existsSync(path.join(fixturesRoot, folder, 'tsconfig.json'));
    for (const file of listSourceFiles(path.join(fixturesRoot, folder), LINTED_EXTENSIONS)) {
      it(path.relative(fixturesRoot, file), () => {
        const text = fs.readFileSync(file, 'utf8');
        const outcome = engine.lint({ filePath: file, text, typeAware: true });
        assert.equal(outcome.parseError, undefined, 'fixture parses');
        assert.equal(outcome.typed, typedFolder && /\.[mc]?tsx?$/.test(file), 'typed exactly when a tsconfig covers it');
        const actual = outcome.messages.map((message) => `${message.line} ${message.ruleId}`).sort();
        const expected = readExpectations(text).map((finding) => `${finding.line} ${finding.ruleId}`).sort();
        assert.deepEqual(actual, expected);
        if (isPythonFile(file)) {
          assertPythonEditsCompile(text, outcome.messages);
          // Without the markers too: a rule may rightly decline to rewrite lines that carry comments.
          const unmarked = text.replace(/[ \t]*#\s*asyncwise-expect:.*$/gm, '');
          assertPythonEditsCompile(unmarked, engine.lint({ filePath: file, text: unmarked, typeAware: true }).messages);
        }
      });
    }
  }
});

/** Every fix and suggestion on a Python fixture leaves code tree-sitter and CPython both accept. */
function assertPythonEditsCompile(text: string, messages: Linter.LintMessage[]): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-py-'));
  try {
    const edits = messages.flatMap((message) => [
      ...(message.fix ? [{ title: `fix of ${message.ruleId} at line ${message.line}`, fix: message.fix }] : []),
      ...(message.suggestions ?? []).map((suggestion) => ({ title: `"${suggestion.desc}" at line ${message.line}`, fix: suggestion.fix })),
    ]);
    edits.forEach(({ title, fix }, index) => {
      const output = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
      assert.equal(parsePython(output).hasError, false, `${title}: tree-sitter parses the result\n${output}`);
      const file = path.join(scratch, `edit${index}.py`);
      fs.writeFileSync(file, output);
      try {
        execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
      } catch (error) {
        assert.fail(`${title}: python3 -m py_compile fails:\n${String((error as { stderr?: Buffer }).stderr)}\n${output}`);
      }
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
