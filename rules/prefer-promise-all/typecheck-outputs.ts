// Test helper: compiles texts the way typed rule tests see them (the rule-tester tsconfig with
// @types/node), so suggestion outputs are held to "type-checks", not only "parses".
import path from 'node:path';
import * as ts from 'typescript';
import { typedFixtureRoot } from '../testing/rule-tester';

/** TypeScript's errors for each text, each compiled as a module of its own; '' for a clean text. */
export function typeErrors(texts: readonly string[]): string[] {
  const configPath = path.join(typedFixtureRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, typedFixtureRoot);
  const files = new Map(texts.map((text, index) => [path.join(typedFixtureRoot, `prefer-promise-all-${index}.ts`), `${text}\nexport {};\n`]));
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
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((file) => {
    const source = program.getSourceFile(file);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')).join('\n');
  });
}
