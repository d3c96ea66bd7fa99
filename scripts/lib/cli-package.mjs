// The `asyncwise` npm package (`npx asyncwise`): one bundle with every dependency inside (ESLint,
// typescript-eslint, TypeScript, the Python parser), the files that bundle reads from beside
// itself, the docs its links name, and a manifest with no dependencies and no install scripts.
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eslintInternals } from './eslint-internals.mjs';
import { typescriptEslintUtilsAtRunTime } from './typescript-eslint-utils.mjs';
import { copyShippedDocs } from './shipped-docs.mjs';

/** Builds the package into `outdir` (emptied first, so no file of an older build ships). */
export async function buildCliPackage({ root, outdir, common, copyPythonWasm, copyTypeScriptLibs }) {
  await fs.rm(outdir, { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: ['cli/package-entry.ts'],
    outfile: path.join(outdir, 'cli.js'),
    // Size matters to `npx`, which downloads the package on every cold run.
    minify: true,
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    // Only ESLint's loader of TypeScript config files uses jiti; the CLI never loads config files.
    // oxc-parser (native, one binary per platform) is used when installed beside the bundle;
    // without it untyped files are parsed with typescript-eslint (languages/javascript/oxc-parser.ts).
    external: ['jiti', 'jiti/package.json', 'oxc-parser'],
    plugins: [eslintInternals(root), typescriptEslintUtilsAtRunTime(root)],
    // The installed command lints where it runs, not the repository's demo (cli/installed.ts).
    define: { ASYNCWISE_INSTALLED: 'true' },
  });
  await Promise.all([copyTypeScriptLibs(outdir), copyPythonWasm(outdir), copyShippedDocs(root, outdir)]);
  const manifest = JSON.parse(await fs.readFile(path.join(root, 'cli', 'package.json'), 'utf8'));
  const { version } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
  // The CLI prints the repository's version (`--version`, SARIF); the package must say the same.
  if (manifest.version !== version) throw new Error(`cli/package.json says ${manifest.version}, package.json says ${version}`);
  await fs.writeFile(path.join(outdir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await fs.copyFile(path.join(root, 'cli', 'README.md'), path.join(outdir, 'README.md'));
  await fs.copyFile(path.join(root, 'LICENSE'), path.join(outdir, 'LICENSE'));
}
