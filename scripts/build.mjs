// Builds everything with esbuild: the VS Code client, the language server (one standalone file
// with ESLint, typescript-eslint and TypeScript inside), the CLI, the publishable CLI package
// (`asyncwise`) and the publishable plugin.
// Usage: node scripts/build.mjs [--production] [--only=client,server,cli,cli-package,plugin]
//   [--plugin-outdir=<dir>] [--cli-package-outdir=<dir>]
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildCliPackage } from './lib/cli-package.mjs';
import { eslintInternals } from './lib/eslint-internals.mjs';
import { typescriptEslintUtilsAtRunTime } from './lib/typescript-eslint-utils.mjs';
import { copyShippedDocs } from './lib/shipped-docs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name) => !only || only.includes(name);
// The plugin package can be built elsewhere (its test packs it from a temporary folder).
const pluginOutArg = args.find((arg) => arg.startsWith('--plugin-outdir='))?.slice('--plugin-outdir='.length);
const pluginOutdir = path.resolve(root, pluginOutArg ?? 'dist/eslint-plugin-asyncwise');
const cliPackageOutArg = args.find((arg) => arg.startsWith('--cli-package-outdir='))?.slice('--cli-package-outdir='.length);
const cliPackageOutdir = path.resolve(root, cliPackageOutArg ?? 'dist/asyncwise');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.md': 'text' },
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/** tree-sitter's runtime and the Python grammar: WebAssembly files each bundle loads from beside itself. */
const PYTHON_WASM = ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-python/tree-sitter-python.wasm'];
const copyPythonWasm = (outdir) =>
  Promise.all(PYTHON_WASM.map((file) => fs.copyFile(path.join(root, 'node_modules', file), path.join(outdir, path.basename(file)))));

/**
 * TypeScript, bundled inside, looks for its lib.*.d.ts beside the file it runs from; without them
 * every program lacks Promise, and typed rules see nothing.
 */
async function copyTypeScriptLibs(outdir) {
  const tsLib = path.join(root, 'node_modules', 'typescript', 'lib');
  const libs = (await fs.readdir(tsLib)).filter((file) => /^lib(\..+)?\.d\.ts$/.test(file));
  await Promise.all(libs.map((file) => fs.copyFile(path.join(tsLib, file), path.join(outdir, file))));
}

const targets = {
  client: () =>
    esbuild.build({ ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  server: async () => {
    await esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server/server.js',
      // Only ESLint's loader of TypeScript config files uses jiti; the server never loads config files.
      // oxc-parser is a native module per platform: where the package is not beside the server, the
      // engine parses untyped files with typescript-eslint instead (languages/javascript/oxc-parser.ts).
      external: ['jiti', 'jiti/package.json', 'oxc-parser'] });
    await copyTypeScriptLibs(path.join(root, 'dist', 'server'));
    await copyPythonWasm(path.join(root, 'dist', 'server'));
  },
  cli: () =>
    esbuild.build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', packages: 'external', banner: { js: '#!/usr/bin/env node' },
      plugins: [eslintInternals(root), typescriptEslintUtilsAtRunTime(root)] }),
  'cli-package': () => buildCliPackage({ root, outdir: cliPackageOutdir, common, copyPythonWasm, copyTypeScriptLibs }),
  plugin: () => buildPlugin(pluginOutdir),
};

const started = performance.now();
await Promise.all(Object.entries(targets).filter(([name]) => wanted(name)).map(([, build]) => build()));
if (!args.includes('--quiet')) {
  console.error(`built ${Object.keys(targets).filter(wanted).join(', ')} in ${Math.round(performance.now() - started)} ms`);
}

/**
 * eslint-plugin-asyncwise: one CommonJS bundle (@typescript-eslint/utils, eslint and typescript stay
 * dependencies), an ES module entry that re-exports that same object, types for both, the manifest,
 * the package's README, the LICENSE and the docs pages its rules link to.
 */
async function buildPlugin(outdir) {
  const cjsFile = path.join(outdir, 'index.cjs');
  // Never minified: a rule that throws in someone's CI should point at readable code.
  await esbuild.build({ ...common, entryPoints: ['rules/index.ts'], outfile: cjsFile, sourcemap: false, minify: false,
    external: ['@typescript-eslint/utils', 'eslint', 'typescript'], footer: { js: 'module.exports = module.exports.default;' } });
  // One implementation for `import` and `require`: two copies would be two different plugin objects,
  // and ESLint refuses a config that registers `asyncwise` twice with different objects.
  // The ES module entry waits for the Python parser (WebAssembly, loaded asynchronously), so an
  // eslint.config.mjs that imports the plugin can lint .py files at once.
  await fs.writeFile(path.join(outdir, 'index.mjs'),
    "import plugin from './index.cjs';\n\nawait plugin.languages.python.load();\n\nexport const rules = plugin.rules;\nexport default plugin;\n");
  await copyPythonWasm(outdir);
  const manifest = JSON.parse(await fs.readFile(path.join(root, 'rules', 'package.json'), 'utf8'));
  const plugin = await loadBundle(cjsFile);
  checkPlugin(plugin, manifest);
  const types = pluginTypes(plugin);
  await fs.writeFile(path.join(outdir, 'index.d.ts'), types.commonjs);
  await fs.writeFile(path.join(outdir, 'index.d.mts'), types.module);
  await fs.writeFile(path.join(outdir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await fs.copyFile(path.join(root, 'rules', 'README.md'), path.join(outdir, 'README.md'));
  await fs.copyFile(path.join(root, 'LICENSE'), path.join(outdir, 'LICENSE'));
  // Each rule's docs URL names a page of the repository; the package has it at the same path.
  await copyShippedDocs(root, outdir);
}

/** Runs the bundle as the package will run, resolving its dependencies from this repository. */
async function loadBundle(file) {
  const module = { exports: {} };
  const code = await fs.readFile(file, 'utf8');
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(path.join(root, 'package.json')));
  return module.exports;
}

/** What the package promises its users; a broken promise fails the build, not someone's CI. */
function checkPlugin(plugin, manifest) {
  const problems = [];
  if (plugin.meta?.name !== manifest.name || plugin.meta?.version !== manifest.version) {
    problems.push(`meta is ${JSON.stringify(plugin.meta)}, package.json says ${manifest.name}@${manifest.version}`);
  }
  for (const [name, rule] of Object.entries(plugin.rules)) {
    if (!rule.meta?.docs?.url?.startsWith('https://')) problems.push(`rule ${name} has no docs URL`);
  }
  for (const [name, config] of Object.entries(plugin.configs)) {
    if (config.plugins?.asyncwise !== plugin) problems.push(`config ${name} does not register the plugin itself`);
    for (const id of Object.keys(config.rules ?? {})) {
      if (!plugin.rules[id.replace(/^asyncwise\//, '')]) problems.push(`config ${name} names unknown rule ${id}`);
    }
  }
  if (problems.length > 0) throw new Error(`eslint-plugin-asyncwise:\n  ${problems.join('\n  ')}`);
}

/** Declarations generated from the built plugin, so rule and config names never drift. */
function pluginTypes(plugin) {
  const union = (names) => names.map((name) => `'${name}'`).join(' | ');
  const header = `// Types of eslint-plugin-asyncwise ${plugin.meta.version}. Generated by scripts/build.mjs.
import type { ESLint, Linter, Rule } from 'eslint';
`;
  const declarations = (prefix) => `
${prefix}/** The rules of eslint-plugin-asyncwise, without the \`asyncwise/\` prefix. */
${prefix}export type RuleName = ${union(Object.keys(plugin.rules))};
${prefix}export type ConfigName = ${union(Object.keys(plugin.configs))};

${prefix}/** A preset: registers the plugin as \`asyncwise\` and turns rules on. It sets no \`files\` and no parser. */
${prefix}export interface AsyncwiseConfig extends Linter.Config {
${prefix}  name: \`asyncwise/\${ConfigName}\`;
${prefix}  plugins: { asyncwise: AsyncwisePlugin };
${prefix}  rules: Partial<Record<\`asyncwise/\${RuleName}\`, 'error' | 'warn'>>;
${prefix}}

${prefix}export interface AsyncwisePlugin extends ESLint.Plugin {
${prefix}  meta: { name: 'eslint-plugin-asyncwise'; version: string };
${prefix}  rules: Record<RuleName, Rule.RuleModule>;
${prefix}  configs: Record<ConfigName, AsyncwiseConfig>;
${prefix}  /** Python (\`language: 'asyncwise/python'\`); \`load()\` the WebAssembly parser before linting from CommonJS. */
${prefix}  languages: { python: NonNullable<ESLint.Plugin['languages']>[string] & { load(): Promise<void> } };
${prefix}}
`;
  return {
    // What \`require('eslint-plugin-asyncwise')\` returns: the plugin object itself.
    commonjs: `${header}
declare namespace asyncwise {${declarations('  ')}}

declare const asyncwise: asyncwise.AsyncwisePlugin;
export = asyncwise;
`,
    module: `${header}${declarations('')}
declare const asyncwise: AsyncwisePlugin;
export declare const rules: AsyncwisePlugin['rules'];
export default asyncwise;
`,
  };
}
