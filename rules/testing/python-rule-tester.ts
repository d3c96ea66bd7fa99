import { RuleTester } from 'eslint';
import { before, describe, it } from 'node:test';
import type { PythonRule } from '../create-python-rule';
import { pythonLanguage } from '../../languages/python/language';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

type ValidCase = string | { code: string; options?: unknown[]; name?: string; filename?: string; settings?: Record<string, unknown> };
type InvalidCase = {
  code: string;
  options?: unknown[];
  name?: string;
  filename?: string;
  settings?: Record<string, unknown>;
  output?: string | null;
  errors: number | { messageId: string; data?: Record<string, string>; line?: number; column?: number; suggestions?: { messageId?: string; desc?: string; output: string }[] | [] }[];
};

/**
 * ESLint's RuleTester for the Python language: cases are Python source, linted as `test.py`
 * with only the rule under test. The WebAssembly parser loads once before the first case.
 */
export function runPythonRuleTests(name: string, rule: PythonRule, tests: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  before(() => pythonLanguage.load());
  const tester = new RuleTester({
    plugins: { asyncwise: { languages: { python: pythonLanguage } } },
    language: 'asyncwise/python',
  });
  const withFile = <T extends ValidCase>(test: T): T =>
    (typeof test === 'string' ? { code: test, filename: 'test.py' } : { filename: 'test.py', ...(test as object) }) as T;
  tester.run(name, rule, { valid: tests.valid.map(withFile), invalid: tests.invalid.map(withFile) });
}
