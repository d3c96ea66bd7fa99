import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readExpectations } from './fixture-expectations';
import { listSourceFiles } from './source-files';
import { LINTED_EXTENSIONS } from './lint-config';
import { LintEngine } from './lint-text';

const fixturesRoot = path.resolve('test-fixtures');
const folders = fs
  .readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'rule-tester')
  .map((entry) => entry.name);

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
      });
    }
  }
});
