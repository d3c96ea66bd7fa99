#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches: it takes the same
// arguments (--extensionDevelopmentPath, --extensionTestsPath, a folder, ...), starts code-server
// (the real VS Code workbench and extension host, on Node 24) and opens the workbench in headless
// Chromium. The test payload runs inside the real extension host and reports back through
// window.codeAutomationExit, whose code this process exits with.
// Reads CODE_SERVER_NODE and CODE_SERVER_ENTRY (printed by scripts/setup-vscode-e2e.sh).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, startCodeServer } from './lib/code-server.mjs';

/** Electron-only switches that code-server has no use for. */
const ELECTRON_ONLY = new Set(['no-sandbox', 'disable-gpu-sandbox', 'disable-updates', 'skip-welcome',
  'skip-release-notes', 'no-cached-data', 'disable-workspace-trust', 'new-window', 'wait', 'disable-extensions']);
/** Workbench log lines about the missing network: expected here, noise in a test log. */
const OFFLINE_NOISE = /^\[(AgentHost|AccountPolicyGate)\]|No signed-in session|open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|marketplace|authentication provider|Creating a socket|connection token|^\s+at /i;

const started = Date.now();
const lap = (message) => console.log(`[vscode-launcher ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function parseArguments(argv) {
  const options = { developmentPaths: [], testsPath: undefined, folder: undefined, userDataDir: undefined, extensionsDir: undefined, vscodeOptions: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (!arg.startsWith('--')) {
      options.folder = path.resolve(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s);
    const value = () => inline ?? argv[++index];
    if (key === 'extensionDevelopmentPath') options.developmentPaths.push(path.resolve(value()));
    else if (key === 'extensionTestsPath') options.testsPath = path.resolve(value());
    else if (key === 'user-data-dir') options.userDataDir = path.resolve(value());
    else if (key === 'extensions-dir') options.extensionsDir = path.resolve(value());
    else if (key === 'folder-uri') options.folder = new URL(value()).pathname;
    else if (!ELECTRON_ONLY.has(key)) options.vscodeOptions.push('--vscode-option', inline === undefined ? key : `${key}=${inline}`);
  }
  return options;
}

const options = parseArguments(process.argv.slice(2));
if (!options.testsPath) {
  console.error('vscode-launcher: --extensionTestsPath is required');
  process.exit(2);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-vscode-'));
let server;
try {
  server = await startCodeServer({
    scratch,
    userDataDir: options.userDataDir ?? path.join(scratch, 'user-data'),
    extensionsDir: options.extensionsDir ?? path.join(scratch, 'extensions'),
    vscodeOptions: options.vscodeOptions,
  });
} catch (error) {
  console.error(`vscode-launcher: ${error.message}`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
lap(`code-server listening on ${server.authority}`);

const remote = (folder) => `vscode-remote://${server.authority}${folder}`;
const payload = [...options.developmentPaths.map((folder) => ['extensionDevelopmentPath', remote(folder)]),
  ['extensionTestsPath', remote(options.testsPath)], ['skipWelcome', 'true']];
const query = new URLSearchParams();
if (options.folder) query.set('folder', options.folder);
else query.set('ew', 'true');
query.set('payload', JSON.stringify(payload));

const browser = await launchChromium(scratch);
const page = browser.pages()[0] ?? (await browser.newPage());
let finish;
const finished = new Promise((resolve) => { finish = resolve; });
// The hooks VS Code's own browser test runner uses to forward logs and the exit code.
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const line = util.format(...args);
  if (process.env.ASYNCWISE_E2E_VERBOSE !== '1' && OFFLINE_NOISE.test(line)) return;
  (type === 'error' ? console.error : console.log)(line);
});
await page.exposeFunction('codeAutomationExit', (code) => finish(code));
await page.goto(`http://${server.authority}/?${query}`);
lap('workbench loading');

const timeoutMs = Number(process.env.ASYNCWISE_E2E_TIMEOUT_MS ?? 300_000);
const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
if (code !== 0) {
  await page.screenshot({ path: path.join(scratch, 'final.png') }).catch(() => undefined);
  lap(`${code === 'timeout' ? 'timed out' : `failed with code ${code}`}; logs and a screenshot in ${scratch}`);
}
lap(`extension host finished with code ${code}`);
await browser.close().catch(() => undefined);
server.stop();
if (code === 0) fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
process.exit(code === 0 ? 0 : 1);
