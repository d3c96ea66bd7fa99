#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches: it takes the same
// arguments (--extensionDevelopmentPath, --extensionTestsPath, a folder, ...), starts code-server
// (the real VS Code workbench and extension host, on Node 24) on a free loopback port, and opens
// the workbench in headless Chromium. The test payload runs inside the real extension host and
// reports back through window.codeAutomationExit, whose code this process exits with.
// Reads CODE_SERVER_NODE and CODE_SERVER_ENTRY (printed by scripts/setup-vscode-e2e.sh).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

/** Electron-only switches that code-server has no use for. */
const ELECTRON_ONLY = new Set(['no-sandbox', 'disable-gpu-sandbox', 'disable-updates', 'skip-welcome',
  'skip-release-notes', 'no-cached-data', 'disable-workspace-trust', 'new-window', 'wait', 'disable-extensions']);
/** Workbench log lines about the missing network: expected here, noise in a test log. */
const OFFLINE_NOISE = /^\[(AgentHost|AccountPolicyGate)\]|No signed-in session|open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|marketplace/i;
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port, child) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) return false;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const options = parseArguments(process.argv.slice(2));
const { CODE_SERVER_NODE: nodeBinary, CODE_SERVER_ENTRY: entry } = process.env;
if (!options.testsPath || !nodeBinary || !entry) {
  console.error('vscode-launcher: needs --extensionTestsPath and CODE_SERVER_NODE/CODE_SERVER_ENTRY in the environment');
  process.exit(2);
}

// Everything VS Code and Chromium write (sockets, caches, crash reports) stays in one temp folder.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-vscode-'));
const userDataDir = options.userDataDir ?? path.join(scratch, 'user-data');
const extensionsDir = options.extensionsDir ?? path.join(scratch, 'extensions');
const isolated = { HOME: path.join(scratch, 'home'), TMPDIR: scratch, XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
  XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') };
fs.mkdirSync(isolated.HOME, { recursive: true });
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, JSON.stringify({
    'chat.disableAIFeatures': true, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'git.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2));
}

const port = await freePort();
const server = spawn(nodeBinary, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5',
  // Lets the workbench accept the test payload (extensionTestsPath) in its URL.
  '--vscode-option', 'enable-smoke-test-driver', ...options.vscodeOptions], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ...isolated, PATH: `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH}` },
});
const serverLog = fs.createWriteStream(path.join(scratch, 'code-server.log'));
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

if (!(await waitForHealth(port, server))) {
  console.error(`vscode-launcher: code-server did not start; log in ${path.join(scratch, 'code-server.log')}`);
  process.exit(1);
}
lap(`code-server listening on 127.0.0.1:${port}`);

const authority = `127.0.0.1:${port}`;
const remote = (folder) => `vscode-remote://${authority}${folder}`;
const payload = [...options.developmentPaths.map((folder) => ['extensionDevelopmentPath', remote(folder)]),
  ['extensionTestsPath', remote(options.testsPath)], ['skipWelcome', 'true']];
const query = new URLSearchParams();
if (options.folder) query.set('folder', options.folder);
else query.set('ew', 'true');
query.set('payload', JSON.stringify(payload));

const browser = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, env: { ...process.env, ...isolated },
  args: CHROMIUM_FLAGS, viewport: { width: 1400, height: 900 },
});
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
await page.goto(`http://${authority}/?${query}`);
lap('workbench loading');

const timeoutMs = Number(process.env.ASYNCWISE_E2E_TIMEOUT_MS ?? 300_000);
const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
if (code !== 0) {
  await page.screenshot({ path: path.join(scratch, 'final.png') }).catch(() => undefined);
  lap(`${code === 'timeout' ? 'timed out' : `failed with code ${code}`}; logs and a screenshot in ${scratch}`);
}
lap(`extension host finished with code ${code}`);
await browser.close().catch(() => undefined);
stopServer();
if (code === 0) fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
process.exit(code === 0 ? 0 : 1);
