// The real-VS-Code suite: packages the .vsix, installs it into code-server (the check that it
// installs), then runs test/e2e's mocha suite inside the real extension host against exactly the
// installed files, on a scratch copy of test-fixtures. Exit code 3: VS Code is not installed and
// this is not CI (npm test then skips the suite with a message).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.test-artifacts', 'e2e');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const step = (message) => console.log(`[e2e] ${message}`);

function locateVsCode() {
  const home = process.env.ASYNCWISE_E2E_HOME ?? path.join(os.homedir(), '.cache', 'asyncwise-e2e');
  const installed = fs.existsSync(path.join(home, 'code-server-4.139.1', '.complete'));
  if (!installed && process.env.CI !== 'true') return undefined;
  const output = execFileSync('bash', [path.join(root, 'scripts', 'setup-vscode-e2e.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return Object.fromEntries(output.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));
}

const vscodeEnv = locateVsCode();
if (!vscodeEnv) {
  console.log('[e2e] the real VS Code is not installed; run scripts/setup-vscode-e2e.sh to enable this suite');
  process.exit(3);
}
Object.assign(process.env, vscodeEnv);

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

step('packaging the .vsix');
const vsix = path.join(work, `asyncwise-${manifest.version}.vsix`);
execFileSync('node', ['scripts/build.mjs', '--production', '--quiet'], { cwd: root, stdio: 'inherit' });
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
step(`${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024 / 1024).toFixed(2)} MB`);

step('installing it into VS Code');
const installedExtensions = path.join(work, 'installed-extensions');
const install = spawnSync(process.env.CODE_SERVER_NODE, [process.env.CODE_SERVER_ENTRY, '--extensions-dir', installedExtensions,
  '--user-data-dir', path.join(work, 'install-user-data'), '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, HOME: work } });
const extensionPath = path.join(installedExtensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
if (install.status !== 0 || !fs.existsSync(path.join(extensionPath, 'package.json'))) {
  console.error(install.stdout, install.stderr);
  console.error('[e2e] the .vsix did not install');
  console.log('0 passing\n1 failing');
  process.exit(1);
}
step(`installed into ${path.relative(root, extensionPath)}`);

step('compiling the suite');
const suiteDir = path.join(work, 'suite');
const suiteSources = fs.readdirSync(path.join(root, 'test', 'e2e')).filter((file) => file.endsWith('.ts')).map((file) => path.join(root, 'test', 'e2e', file));
await esbuild.build({ entryPoints: suiteSources, outdir: suiteDir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });

// A scratch copy of the fixtures inside the repo (so TypeScript finds node_modules/@types above it).
const workspace = path.join(work, 'workspace');
fs.cpSync(path.join(root, 'test-fixtures'), workspace, { recursive: true });

step('running the suite in the real extension host');
let suiteFailed = false;
try {
  await runTests({
    vscodeExecutablePath: path.join(root, 'scripts', 'vscode-launcher.mjs'),
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: path.join(suiteDir, 'index.js'),
    launchArgs: [workspace],
    extensionTestsEnv: { ASYNCWISE_E2E_WORKSPACE: workspace },
  });
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
  suiteFailed = true;
}

step('clicking through the editor as a person would');
const uiArgs = [path.join(root, 'scripts', 'ui-check.mjs'), installedExtensions, workspace, ...process.argv.slice(2)];
const ui = spawnSync('node', uiArgs, { cwd: root, stdio: 'inherit' });
process.exit(suiteFailed || ui.status !== 0 ? 1 : 0);
