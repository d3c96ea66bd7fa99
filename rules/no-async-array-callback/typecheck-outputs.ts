// Test helper: compiles code the way typed rule tests see it (the rule-tester tsconfig, @types/node),
// so suggestion outputs can be held to "type-checks", not only "parses".
import path from 'node:path';
import * as ts from 'typescript';
import { typedFixtureRoot } from '../testing/rule-tester';

/** TypeScript's errors for each text, compiled together as separate modules; '' when a text is clean. */
export function typeErrors(texts: readonly string[]): string[] {
  const configPath = path.join(typedFixtureRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, typedFixtureRoot);
  // `export {}` keeps each text a module of its own, whatever it declares.
  const files = new Map(texts.map((text, index) => [path.join(typedFixtureRoot, `suggestion-output-${index}.ts`), `${text}\nexport {};\n`]));
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
