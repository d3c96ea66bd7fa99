// Every suggestion's output must parse, and in typed cases type-check: a fix that does not
// compile is worse than none.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import ts from 'typescript';
import { typeErrors } from '../testing/compile-in-memory';

type AnyInvalid = InvalidTestCase<string, readonly unknown[]>;

function outputsOf(cases: readonly AnyInvalid[]): { code: string; output: string }[] {
  return cases.flatMap((testCase) =>
    testCase.errors.flatMap((error) => (error.suggestions ?? []).map((suggestion) => ({ code: testCase.code, output: suggestion.output }))),
  );
}

function syntaxErrors(code: string): string[] {
  const result = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { allowJs: true }, fileName: 'case.ts' });
  return (result.diagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/**
 * Problems in the suggestion outputs of invalid cases: untyped outputs must parse; typed cases
 * and their outputs must type-check. Returns one line per problem.
 */
export function suggestionOutputProblems(cases: { untyped: readonly AnyInvalid[]; typed: readonly AnyInvalid[] }): string[] {
  const problems = outputsOf(cases.untyped).flatMap(({ output }) => syntaxErrors(output).map((error) => `${error} in:\n${output}`));
  const typed = outputsOf(cases.typed);
  const snippets = [...new Set([...cases.typed.map((testCase) => testCase.code), ...typed.map(({ output }) => output)])];
  typeErrors(snippets, 'no-floating-promises').forEach((errors, index) => {
    if (errors !== '') problems.push(`${errors} in:\n${snippets[index]}`);
  });
  return problems;
}
