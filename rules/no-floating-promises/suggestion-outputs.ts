// Every suggestion's output must parse, and in typed cases type-check: a fix that does not
// compile is worse than none.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import path from 'node:path';
import ts from 'typescript';
import { typedFixtureRoot } from '../testing/rule-tester';

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

/** Type-checks many snippets at once, each as its own module in the typed fixtures' project. */
function typeErrors(snippets: readonly string[]): string[][] {
  const configFile = path.join(typedFixtureRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, typedFixtureRoot);
  const options = { ...parsed.options, moduleDetection: ts.ModuleDetectionKind.Force };
  const files = new Map(snippets.map((code, index) => [path.join(typedFixtureRoot, `suggestion-${index}.ts`), code]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(fileName);
    return text === undefined ? getSourceFile(fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const program = ts.createProgram([...parsed.fileNames, ...files.keys()], options, host);
  return [...files.keys()].map((fileName) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(fileName)).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  );
}

/**
 * Problems in the suggestion outputs of invalid cases: untyped outputs must parse; typed cases
 * and their outputs must type-check. Returns one line per problem.
 */
export function suggestionOutputProblems(cases: { untyped: readonly AnyInvalid[]; typed: readonly AnyInvalid[] }): string[] {
  const problems = outputsOf(cases.untyped).flatMap(({ output }) => syntaxErrors(output).map((error) => `${error} in:\n${output}`));
  const typed = outputsOf(cases.typed);
  const snippets = [...new Set([...cases.typed.map((testCase) => testCase.code), ...typed.map(({ output }) => output)])];
  const errors = typeErrors(snippets);
  snippets.forEach((snippet, index) => problems.push(...(errors[index] ?? []).map((error) => `${error} in:\n${snippet}`)));
  return problems;
}
