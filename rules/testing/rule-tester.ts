import { RuleTester, type RuleTesterConfig } from '@typescript-eslint/rule-tester';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { untypedParser } from '../../languages/javascript/parser';

// node:test's hooks return promises that its runner tracks; RuleTester only needs to call them.
/* eslint-disable @typescript-eslint/no-misused-promises */
RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
/* eslint-enable @typescript-eslint/no-misused-promises */

/** The folder typed cases live in: its tsconfig supplies the compiler options for `file.ts`/`file.tsx`. */
export const typedFixtureRoot = path.resolve('test-fixtures/rule-tester');

const UNTYPED_OPTIONS = { parserOptions: { ecmaFeatures: { jsx: true } } };

/**
 * Cases without type information (plain JS, no tsconfig), run twice: parsed by typescript-eslint,
 * as `eslint` with the plugin parses them in a user's CI, and by the parser the CLI and the
 * editor lint untyped files with (oxc-parser), which must give the same results.
 */
export function createUntypedRuleTester(): RuleTester {
  return new BothParsersRuleTester({ languageOptions: UNTYPED_OPTIONS });
}

class BothParsersRuleTester extends RuleTester {
  private readonly oxcTester = new RuleTester({
    languageOptions: { ...UNTYPED_OPTIONS, parser: untypedParser as unknown as NonNullable<RuleTesterConfig['languageOptions']>['parser'] },
  });

  override run(...args: Parameters<RuleTester['run']>): void {
    super.run(...args);
    const [name, ...rest] = args;
    this.oxcTester.run(`${name} (untyped parser)`, ...rest);
  }
}

/** Cases linted with a TypeScript program: write them as `file.ts` in `test-fixtures/rule-tester`. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts*'], defaultProject: 'tsconfig.json' }, tsconfigRootDir: typedFixtureRoot },
    },
  });
}
