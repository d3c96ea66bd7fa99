// Test helper: compiles texts that exist only in memory the way typed rule tests see them (the
// rule-tester tsconfig, @types/node), so suggestion outputs are held to "compiles", not only
// "parses".
import path from 'node:path';
import * as ts from 'typescript';
import { typedFixtureRoot } from './rule-tester';

/**
 * TypeScript's syntactic and semantic diagnostics for each file of `files` (absolute path →
 * text), compiled together with the rule-tester tsconfig's options and `overrides`.
 */
export function compileInMemory(files: ReadonlyMap<string, string>, overrides: ts.CompilerOptions = {}): ts.Diagnostic[][] {
  const configPath = path.join(typedFixtureRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, typedFixtureRoot);
  const options = { ...parsed.options, ...overrides };
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile(file, language, onError, create) : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...parsed.fileNames, ...files.keys()], options, host);
  return [...files.keys()].map((file) => {
    const source = program.getSourceFile(file);
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  });
}

/** TypeScript's errors for each text, each compiled as a module of its own; '' for a clean text. */
export function typeErrors(texts: readonly string[], prefix = 'suggestion-output'): string[] {
  // `export {}` keeps each text a module of its own, whatever it declares.
  const files = new Map(texts.map((text, index) => [path.join(typedFixtureRoot, `${prefix}-${index}.ts`), `${text}\nexport {};\n`]));
  return compileInMemory(files).map((diagnostics) => diagnostics.map(messageOf).join('\n'));
}

export function messageOf(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
}
