import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint/universal';
import { JAVASCRIPT_EXTENSIONS } from './extensions';
import { createLintConfig, type LintMode } from './lint-config';
import { listSourceFiles } from './source-files';

const root = path.resolve('.');
const files = [...listSourceFiles(path.resolve('test-fixtures'), JAVASCRIPT_EXTENSIONS), ...listSourceFiles(path.resolve('demos'), JAVASCRIPT_EXTENSIONS)];

/** The same config with typescript-eslint's parser, as untyped linting ran before oxc-parser. */
function withTypescriptEslintParser(config: Linter.Config[]): Linter.Config[] {
  return config.map((block) =>
    block.languageOptions?.parser ? { ...block, languageOptions: { ...block.languageOptions, parser: tsParser as unknown as Linter.Parser } } : block,
  );
}

describe('untyped linting: oxc-parser gives the same findings, fixes and suggestions as typescript-eslint', () => {
  const linter = new Linter({ cwd: root, configType: 'flat' });
  for (const mode of ['untyped', 'early'] as LintMode[]) {
    it(`${mode}: every JavaScript and TypeScript fixture and demo (${files.length} files)`, () => {
      const fast = createLintConfig({ rootDir: root }, mode);
      const old = withTypescriptEslintParser(fast);
      let findings = 0;
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const expected = linter.verify(text, old, { filename: file });
        assert.deepEqual(linter.verify(text, fast, { filename: file }), expected, path.relative(root, file));
        findings += expected.length;
      }
      // The comparison means something only if the rules report: the fixtures are full of findings.
      assert.ok(findings > 30, `${findings} findings`);
    });
  }
});
