// Every rule runs under ESLint's default parser (plain JS projects that never configured
// typescript-eslint): no crash, and the same findings as with typescript-eslint's parser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Linter } from 'eslint';
import { readExpectations } from '../engine/fixture-expectations';
import { listSourceFiles } from '../engine/source-files';
import plugin from './index';

const fixturesRoot = path.resolve('test-fixtures');
const plainJs = listSourceFiles(fixturesRoot, ['.js', '.mjs', '.cjs']).filter((file) => !file.includes('rule-tester'));

describe('rules under ESLint\'s default parser (espree)', () => {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
      plugins: { asyncwise: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: plugin.configs.recommended?.rules,
      languageOptions: { ecmaVersion: 'latest' },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ];
  for (const file of plainJs) {
    it(path.relative(fixturesRoot, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const messages = linter.verify(text, config, { filename: file });
      const fatal = messages.find((message) => message.fatal);
      if (fatal) return; // syntax espree does not read (e.g. JSX in .js): not this test's concern
      const actual = messages.map((message) => `${message.line} ${message.ruleId}`).sort();
      const expected = readExpectations(text).map((finding) => `${finding.line} ${finding.ruleId}`).sort();
      assert.deepEqual(actual, expected);
    });
  }
});
