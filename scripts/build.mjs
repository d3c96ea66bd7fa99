// Builds everything with esbuild: the VS Code client, the language server (one standalone file
// with ESLint, typescript-eslint and TypeScript inside), the CLI and the publishable plugin.
// Usage: node scripts/build.mjs [--production] [--only=client,server,cli,plugin]
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name) => !only || only.includes(name);

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

const targets = {
  client: () =>
    esbuild.build({ ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  server: async () => {
    await esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server/server.js',
      // Only ESLint's loader of TypeScript config files uses jiti; the server never loads config files.
      external: ['jiti', 'jiti/package.json'] });
    // TypeScript, bundled inside, looks for its lib.*.d.ts beside the file it runs from; without
    // them every program lacks Promise, and typed rules see nothing.
    const tsLib = path.join(root, 'node_modules', 'typescript', 'lib');
    const libs = (await fs.readdir(tsLib)).filter((file) => /^lib(\..+)?\.d\.ts$/.test(file));
    await Promise.all(libs.map((file) => fs.copyFile(path.join(tsLib, file), path.join(root, 'dist', 'server', file))));
  },
  cli: () =>
    esbuild.build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', packages: 'external', banner: { js: '#!/usr/bin/env node' } }),
  plugin: async () => {
    const outdir = path.join(root, 'dist', 'eslint-plugin-asyncwise');
    const shared = { ...common, entryPoints: ['rules/index.ts'], sourcemap: false, external: ['@typescript-eslint/utils', 'eslint', 'typescript'] };
    await esbuild.build({ ...shared, outfile: path.join(outdir, 'index.cjs'), footer: { js: 'module.exports = module.exports.default;' } });
    await esbuild.build({ ...shared, format: 'esm', outfile: path.join(outdir, 'index.mjs') });
    await fs.copyFile(path.join(root, 'rules', 'package.json'), path.join(outdir, 'package.json'));
    for (const file of ['README.md', 'LICENSE']) {
      // The package's own README when it has one, else the repository's.
      for (const source of [path.join(root, 'rules', file), path.join(root, file)]) {
        const copied = await fs.copyFile(source, path.join(outdir, file)).then(() => true, () => false);
        if (copied) break;
      }
    }
  },
};

const started = performance.now();
await Promise.all(Object.entries(targets).filter(([name]) => wanted(name)).map(([, build]) => build()));
if (!args.includes('--quiet')) {
  console.error(`built ${Object.keys(targets).filter(wanted).join(', ')} in ${Math.round(performance.now() - started)} ms`);
}
