// The floor for a cold first lint: what TypeScript alone needs to load, build the program of a
// tsconfig and answer one type query in the given file (no diagnostics asked for). Run in a fresh
// process by cold.mjs: node bench/lib/ts-floor.mjs <tsconfig> <file>; prints JSON timings (ms).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [tsconfig, file] = process.argv.slice(2).map((arg) => path.resolve(arg));

const started = performance.now();
const ts = require('typescript');
const loaded = performance.now();
const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!parsed) throw new Error(`cannot read ${tsconfig}`);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
const built = performance.now();
const checker = program.getTypeChecker();
const checkerReady = performance.now();
const source = program.getSourceFile(file);
if (!source) throw new Error(`${file} is not in the program of ${tsconfig}`);
/** The last function or class declared at the top level: its type needs the imports resolved. */
let target;
for (const statement of source.statements) {
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) target = statement.name;
}
const typeText = target ? checker.typeToString(checker.getTypeAtLocation(target)) : '(no declaration)';
const queried = performance.now();
console.log(JSON.stringify({
  loadMs: loaded - started,
  programMs: built - loaded,
  checkerMs: checkerReady - built,
  queryMs: queried - checkerReady,
  buildMs: queried - loaded,
  totalMs: queried - started,
  files: program.getSourceFiles().length,
  typeText: typeText.slice(0, 80),
}));
