// eslint-plugin-asyncwise as its users get it: packed with `npm pack`, installed from the tarball
// into temporary projects with ESLint and typescript-eslint from npm (ESLint 10, and the oldest
// ESLint 9 the peer range admits), and run by the real `eslint` CLI with the README's quick-start
// configs on copies of test-fixtures. Skipped (with the reason) only when npm cannot reach the registry.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { docsUrl } from '../../rules/create-rule';
import plugin from '../../rules/index';
import manifest from '../../rules/package.json';
import { shippedDocs } from '../../scripts/lib/shipped-docs.mjs';
import {
  readmeText,
  buildAndPack, copyJavaScriptFixtures, copyPythonFixtures, copyTypedFixtures, expectedFindings, installInto, makeTempDir, withInstall, pinnedDevDependencies,
  readmeExample, run, runEslint, type PackedPackage,
} from './consumer-project';

/** The lower bound of the peer range's ESLint 9 (`defineConfig`, which the README uses, came in 9.22). */
const OLDEST_ESLINT_9 = '9.22.0';

const workDir = makeTempDir();
const projectDir = path.join(workDir, 'consumer');
const nodeModules = path.join(projectDir, 'node_modules');
const eslint9ProjectDir = path.join(workDir, 'consumer-eslint-9');
let packed: PackedPackage;
let offline: string | undefined;

/** Runs `body` in the installed project, or skips the test when npm could not install it. */
const installed = (body: (t: TestContext) => Promise<void>): ((t: TestContext) => Promise<void>) => withInstall(() => offline, body);

describe('eslint-plugin-asyncwise installed from its npm tarball', { timeout: 300_000 }, () => {
  before(async () => {
    packed = await buildAndPack(workDir);
    const typescriptEslint = pinnedDevDependencies(['typescript-eslint', 'typescript', '@types/node']);
    const installs = await Promise.all([
      installInto(projectDir, [packed.tarball, ...pinnedDevDependencies(['eslint']), ...typescriptEslint]),
      installInto(eslint9ProjectDir, [packed.tarball, `eslint@${OLDEST_ESLINT_9}`, ...typescriptEslint]),
    ]);
    offline = installs.find((install) => install.offline)?.offline;
    if (offline) console.log(`-- plugin-package: ${offline}`);
  });

  after(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('packs the bundle, both entry points with their types, the manifest, README, LICENSE and the docs its rules link to', (t) => {
    t.diagnostic(`${path.basename(packed.tarball)}: ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
    const docs = shippedDocs(path.resolve('.'));
    assert.deepEqual(packed.files.filter((file) => !docs.includes(file)), [
      'LICENSE', 'README.md', 'index.cjs', 'index.d.mts', 'index.d.ts', 'index.mjs', 'package.json', 'tree-sitter-python.wasm', 'tree-sitter.wasm',
    ]);
    assert.deepEqual(packed.files.filter((file) => docs.includes(file)), docs);
  });

  it('declares exports for import, require and types, and ESLint 9 or 10 as a peer', installed(async () => {
    const installed = JSON.parse(await fs.promises.readFile(path.join(nodeModules, 'eslint-plugin-asyncwise', 'package.json'), 'utf8')) as typeof manifest;
    assert.deepEqual(installed.exports['.'], {
      import: { types: './index.d.mts', default: './index.mjs' },
      require: { types: './index.d.ts', default: './index.cjs' },
    });
    assert.equal(installed.peerDependencies.eslint, `^${OLDEST_ESLINT_9} || ^10.0.0`);
    assert.deepEqual(installed.peerDependenciesMeta, { typescript: { optional: true } });
    assert.equal(installed.version, manifest.version);
  }));

  it('gives import and require the same plugin, with meta, docs URLs and the presets', installed(async () => {
    const probe = path.join(projectDir, 'probe.mjs');
    await fs.promises.writeFile(probe, `
import { createRequire } from 'node:module';
import plugin, { rules } from 'eslint-plugin-asyncwise';
const required = createRequire(import.meta.url)('eslint-plugin-asyncwise');
console.log(JSON.stringify({
  sameObject: plugin === required && rules === plugin.rules,
  meta: plugin.meta,
  urls: Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, rule.meta.docs.url])),
  configs: Object.fromEntries(Object.entries(plugin.configs).map(([name, config]) =>
    [name, { name: config.name, registersItself: config.plugins.asyncwise === plugin, rules: config.rules }])),
}));
`);
    const result = await run(process.execPath, [probe], projectDir);
    assert.equal(result.code, 0, result.stderr);
    const seen = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.deepEqual(seen, {
      sameObject: true,
      meta: { name: 'eslint-plugin-asyncwise', version: manifest.version },
      urls: Object.fromEntries(Object.keys(plugin.rules).map((name) => [name, docsUrl(name)])),
      configs: Object.fromEntries(Object.entries(plugin.configs).map(([name, config]) =>
        [name, { name: config.name, registersItself: true, rules: config.rules }])),
    });
  }));

  it('type-checks a config that imports it (ESM) and one that requires it (CommonJS)', installed(async () => {
    const dir = path.join(projectDir, 'types-check');
    await fs.promises.mkdir(dir);
    await fs.promises.writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({
      // skipLibCheck as most projects have it (checking typescript-eslint's and TypeScript's own
      // declarations takes half a minute); the @ts-expect-error lines fail if ours decay to \`any\`.
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      include: ['*.mts', '*.cts'],
    }));
    await fs.promises.writeFile(path.join(dir, 'eslint.config.mts'), `
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import asyncwise, { rules, type RuleName } from 'eslint-plugin-asyncwise';

const name: 'eslint-plugin-asyncwise' = asyncwise.meta.name;
const rule: RuleName = 'no-floating-promises';
// @ts-expect-error: not a rule of the plugin
export const unknownRule: RuleName = 'no-such-rule';
export const docs: string | undefined = rules[rule].meta?.docs?.url;
export default defineConfig([
  asyncwise.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [asyncwise.configs['recommended-type-checked']],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    rules: { 'asyncwise/prefer-promise-all': 'off' },
  },
]);
// The older helper many configs still use.
export const legacy = tseslint.config(asyncwise.configs.all, ...tseslint.configs.recommendedTypeChecked);
export { name };
`);
    await fs.promises.writeFile(path.join(dir, 'eslint.config.cts'), `
import asyncwise = require('eslint-plugin-asyncwise');

const config: asyncwise.AsyncwiseConfig = asyncwise.configs['recommended-type-checked'];
// @ts-expect-error: there is no such preset
void asyncwise.configs.strict;
const pythonReady: Promise<void> = asyncwise.languages.python.load();
void pythonReady;
export = [config, { plugins: { asyncwise }, rules: { 'asyncwise/no-blocking-in-async': 'warn' } }];
`);
    const tsc = await run(process.execPath, [path.join(nodeModules, 'typescript', 'bin', 'tsc'), '-p', dir], dir);
    assert.equal(tsc.code, 0, tsc.stdout + tsc.stderr);
  }));

  reportsTheMarkedLines(projectDir, 'ESLint 10', { concurrency: true });
  // `--concurrency` came with ESLint 9.34.
  reportsTheMarkedLines(eslint9ProjectDir, `ESLint ${OLDEST_ESLINT_9}`, { concurrency: false });
});

/** The README's three quick starts, run by the `eslint` installed in `project`. */
function reportsTheMarkedLines(project: string, eslint: string, options: { concurrency: boolean }): void {
  it(`${eslint}: reports exactly the marked lines of a typed TypeScript project (recommended-type-checked, projectService)`, installed(async (t) => {
    const dir = path.join(project, 'typed');
    const files = copyTypedFixtures(dir);
    await fs.promises.writeFile(path.join(dir, 'eslint.config.mjs'), readmeExample('Quick start: TypeScript with type information'));
    const result = await runEslint(dir, path.join(project, 'node_modules'));
    t.diagnostic(`${files.length} files in ${result.seconds.toFixed(1)} s`);
    assert.deepEqual(result.linted, [...files, 'eslint.config.mjs'].sort(), 'lints every TypeScript file (and the config)');
    assert.deepEqual(result.findings, expectedFindings(dir, files));
  }));

  it(`${eslint}: reports exactly the marked lines of a plain JavaScript project without tsconfig (recommended)`, installed(async (t) => {
    const dir = path.join(project, 'plain-js');
    const files = copyJavaScriptFixtures(dir);
    await fs.promises.writeFile(path.join(dir, 'eslint.config.mjs'), readmeExample('Quick start: JavaScript'));
    const result = await runEslint(dir, path.join(project, 'node_modules'));
    t.diagnostic(`${files.length} files in ${result.seconds.toFixed(1)} s`);
    assert.deepEqual(result.linted, [...files, 'eslint.config.mjs'].sort(), 'lints every JavaScript file (and the config)');
    assert.deepEqual(result.findings, expectedFindings(dir, files));
    if (!options.concurrency) return;
    // Worker threads load the plugin on their own; the findings must not change.
    const threaded = await runEslint(dir, path.join(project, 'node_modules'), ['--concurrency=2']);
    assert.deepEqual(threaded.findings, result.findings, '--concurrency=2 reports the same');
  }));

  it(`${eslint}: reports exactly the marked lines of a Python project (recommended-python), from an ES module and a CommonJS config`, installed(async (t) => {
    const dir = path.join(project, 'python');
    const files = copyPythonFixtures(dir);
    await fs.promises.writeFile(path.join(dir, 'eslint.config.mjs'), readmeExample('Quick start: Python (asyncio)'));
    const result = await runEslint(dir, path.join(project, 'node_modules'));
    t.diagnostic(`${files.length} files in ${result.seconds.toFixed(1)} s`);
    assert.deepEqual(result.linted, [...files, 'eslint.config.mjs'].sort(), 'lints every Python file (and the config)');
    assert.deepEqual(result.findings, expectedFindings(dir, files));
    await fs.promises.rm(path.join(dir, 'eslint.config.mjs'));
    await fs.promises.writeFile(path.join(dir, 'eslint.config.cjs'),
      `const asyncwise = require('eslint-plugin-asyncwise');\n${/`(module\.exports = asyncwise\.languages[^`]+)`/.exec(readmeText())?.[1]}\n`);
    const commonjs = await runEslint(dir, path.join(project, 'node_modules'));
    assert.deepEqual(commonjs.findings, result.findings, 'a CommonJS config reports the same');
  }));
}
