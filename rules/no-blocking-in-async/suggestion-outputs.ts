// Test helper: every suggestion output must compile. Typed cases (TypeScript) are held to a strict
// type-check; untyped cases (JavaScript) to what a checker can say about plain JS: no undeclared
// names, nothing used before it is declared, no member a module does not have.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import path from 'node:path';
import * as ts from 'typescript';
import { compileInMemory } from '../testing/compile-in-memory';
import { typedFixtureRoot } from '../testing/rule-tester';

type AnyInvalid = InvalidTestCase<string, readonly unknown[]>;

/** Errors that mean JavaScript output is broken, whatever the types of its parameters. */
const BROKEN_JS = new Set([
  2304, // Cannot find name
  2552, // Cannot find name, did you mean
  2448, // Block-scoped variable used before its declaration
  2449, // Class used before its declaration
  2451, // Cannot redeclare block-scoped variable
  2300, // Duplicate identifier
  2339, // Property does not exist on type (a module object's missing export)
  2551, // Property does not exist on type, did you mean
  2305, // Module has no exported member
  2614, // Module has no exported member (did you mean default import)
  1308, // 'await' only in async functions
]);

export interface OutputProblem {
  output: string;
  errors: string[];
}

/** The suggestion outputs of `cases` that do not compile, with TypeScript's errors. */
export function brokenOutputs(cases: readonly AnyInvalid[], typed: boolean): OutputProblem[] {
  const outputs = cases.flatMap((testCase) =>
    testCase.errors.flatMap((error) =>
      (error.suggestions ?? []).map((suggestion) => ({ output: suggestion.output })),
    ),
  );
  const files = new Map(
    outputs.map(({ output }, index) => [
      path.join(typedFixtureRoot, `blocking-output-${index}.${extension(output, typed)}`),
      output,
    ]),
  );
  const diagnostics = compile(files, typed);
  return outputs
    .map(({ output }, index) => ({ output, errors: diagnostics[index] ?? [] }))
    .filter((problem) => problem.errors.length > 0);
}

/** ES module syntax or top-level await needs an ES module file; the rest compile as CommonJS. */
function extension(output: string, typed: boolean): string {
  const esm = /^\s*(import|export)\s/m.test(output) || /^await\s/m.test(output);
  if (typed) return esm && /^await\s/m.test(output) ? 'mts' : 'ts';
  return esm ? 'mjs' : 'cjs';
}

function compile(files: Map<string, string>, typed: boolean): string[][] {
  const overrides: ts.CompilerOptions = typed
    ? { moduleDetection: ts.ModuleDetectionKind.Force }
    : { allowJs: true, checkJs: true, strict: false, noImplicitAny: false, esModuleInterop: true, moduleDetection: ts.ModuleDetectionKind.Force };
  return compileInMemory(files, overrides).map((diagnostics) =>
    diagnostics
      .filter((diagnostic) => typed || BROKEN_JS.has(diagnostic.code))
      .map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`),
  );
}
