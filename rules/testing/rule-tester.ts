import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';
import { after, describe, it } from 'node:test';

// node:test's hooks return promises that its runner tracks; RuleTester only needs to call them.
/* eslint-disable @typescript-eslint/no-misused-promises */
RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
/* eslint-enable @typescript-eslint/no-misused-promises */

/** The folder typed cases live in: its tsconfig supplies the compiler options for `file.ts`/`file.tsx`. */
export const typedFixtureRoot = path.resolve('test-fixtures/rule-tester');

/** Cases parsed by typescript-eslint without type information (plain JS, no tsconfig). */
export function createUntypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

/** Cases linted with a TypeScript program: write them as `file.ts` in `test-fixtures/rule-tester`. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts*'], defaultProject: 'tsconfig.json' }, tsconfigRootDir: typedFixtureRoot },
    },
  });
}
