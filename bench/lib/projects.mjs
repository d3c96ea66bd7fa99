// The two projects every bench runs on:
//  generated  the deterministic 300-file project of bench/gen-project.mjs, in a temp folder;
//  real       RxJS 7.8.2's TypeScript sources (251 files, ~21k lines; the npm package ships src/
//             and a tsconfig), installed with npm into /tmp/bench-real and copied out of
//             node_modules, with a tsconfig.json that keeps the package's compiler options.
// Each project names a ~500-line file to edit, a 5,000-line file to lint meanwhile, and a folder of
// plain JavaScript (no tsconfig/jsconfig above it) for the untyped mode.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateProject } from '../gen-project.mjs';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

export const REAL_ROOT = '/tmp/bench-real';
export const RXJS_VERSION = '7.8.2';

export async function listFiles(dir, pattern) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

async function exists(file) {
  return fs.access(file).then(() => true, () => false);
}

export async function generatedProject() {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'asyncwise-bench-gen-'));
  const { dir, jsDir } = await generateProject(path.join(base, 'project'));
  return {
    name: 'generated (300 files)',
    key: 'generated',
    rootDir: dir,
    tsconfig: path.join(dir, 'tsconfig.json'),
    file500: path.join(dir, 'src', 'big500.ts'),
    file5000: path.join(dir, 'src', 'big5000.ts'),
    jsRoot: jsDir,
    jsFiles: await listFiles(jsDir, /\.js$/),
    cleanup: () => fs.rm(base, { recursive: true, force: true }),
  };
}

/**
 * RxJS's sources have no 5,000-line file (the largest has 690 lines), so one is made from real
 * RxJS text: the operator modules of src/internal/operators/ in name order, concatenated into one
 * module in the same folder (imports merged at the top, names declared in the file dropped from
 * them) until it reaches 5,000 lines. TypeScript reports duplicate declarations in it; it parses,
 * and every rule runs on it as on any file.
 */
function concatenatedOperators(ts, files, texts) {
  const imports = new Map();
  const declared = new Set();
  const bodies = [];
  let lines = 0;
  for (const [index, file] of files.entries()) {
    const text = texts[index];
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    let body = '';
    let cursor = 0;
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier.text;
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          const names = imports.get(specifier) ?? new Set();
          for (const element of bindings.elements) names.add(element.getText(source));
          imports.set(specifier, names);
        }
        body += text.slice(cursor, statement.getFullStart());
        cursor = statement.getEnd();
      } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) {
        declared.add(statement.name.text);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) declared.add(declaration.name.text);
      }
    }
    body += text.slice(cursor);
    bodies.push(`// ---- ${path.basename(file)} ----\n${body.trim()}\n`);
    lines += body.trim().split('\n').length + 2;
    if (lines >= 5_000) break;
  }
  const header = [...imports]
    .map(([specifier, names]) => [specifier, [...names].filter((name) => !declared.has(name.replace(/^.* as /, '')))])
    .filter(([, names]) => names.length > 0)
    .map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';`);
  return ['// Real RxJS 7.8.2 operator sources concatenated into one module (Asyncwise bench).', ...header, '', ...bodies].join('\n');
}

export async function realProject() {
  const packageDir = path.join(REAL_ROOT, 'node_modules', 'rxjs');
  if (!(await exists(path.join(packageDir, 'src', 'index.ts')))) {
    await fs.mkdir(REAL_ROOT, { recursive: true });
    if (!(await exists(path.join(REAL_ROOT, 'package.json')))) {
      await fs.writeFile(path.join(REAL_ROOT, 'package.json'), '{ "name": "bench-real", "private": true }\n');
    }
    await run('npm', ['install', '--no-audit', '--no-fund', `rxjs@${RXJS_VERSION}`], { cwd: REAL_ROOT });
  }
  const ts = require('typescript');
  const rootDir = path.join(REAL_ROOT, 'rxjs');
  await fs.rm(rootDir, { recursive: true, force: true });
  await fs.cp(path.join(packageDir, 'src'), path.join(rootDir, 'src'), { recursive: true });
  const original = ts.parseConfigFileTextToJson('tsconfig.json', await fs.readFile(path.join(packageDir, 'tsconfig.json'), 'utf8')).config;
  const { incremental: _incremental, ...compilerOptions } = original.compilerOptions;
  await fs.writeFile(
    path.join(rootDir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, types: [] }, include: ['src/**/*.ts'] }, null, 2) + '\n',
  );
  const operatorsDir = path.join(rootDir, 'src', 'internal', 'operators');
  const operatorFiles = await listFiles(operatorsDir, /\.ts$/);
  const texts = await Promise.all(operatorFiles.map((file) => fs.readFile(file, 'utf8')));
  const file5000 = path.join(operatorsDir, 'zz-bench-concatenated.ts');
  await fs.writeFile(file5000, concatenatedOperators(ts, operatorFiles, texts));
  // Plain JavaScript: the package's own ESM build, outside any tsconfig/jsconfig.
  const jsDir = path.join(REAL_ROOT, 'rxjs-js');
  await fs.rm(jsDir, { recursive: true, force: true });
  await fs.cp(path.join(packageDir, 'dist', 'esm', 'internal'), jsDir, { recursive: true });
  return {
    name: `real: rxjs@${RXJS_VERSION} src (251 files)`,
    key: 'real',
    rootDir,
    tsconfig: path.join(rootDir, 'tsconfig.json'),
    file500: path.join(rootDir, 'src', 'internal', 'Observable.ts'),
    file5000,
    jsRoot: jsDir,
    jsFiles: (await listFiles(jsDir, /\.js$/)).filter((file) => !file.endsWith('.map')),
    cleanup: async () => {},
  };
}

/** `--project=generated|real|both` (default both). */
export function wantedProjects(argv = process.argv) {
  const value = argv.find((arg) => arg.startsWith('--project='))?.slice('--project='.length) ?? 'both';
  return { generated: value === 'generated' || value === 'both', real: value === 'real' || value === 'both' };
}

export async function lineCount(file) {
  return (await fs.readFile(file, 'utf8')).split('\n').length - 1;
}
