// Shared by the test launcher and the UI check: code-server (the real VS Code workbench and
// extension host) on a free loopback port, and Debian's Chromium as its window. Everything they
// write stays inside one scratch folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const DEFAULT_SETTINGS = {
  'chat.disableAIFeatures': true, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.tips.enabled': false,
  'editor.hover.delay': 300,
};

/** HOME, TMPDIR and XDG folders inside `scratch`, so nothing leaks into the real home. */
export function isolatedEnv(scratch) {
  const env = { HOME: path.join(scratch, 'home'), TMPDIR: scratch, XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
    XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') };
  fs.mkdirSync(env.HOME, { recursive: true });
  return env;
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

/**
 * Starts code-server; resolves with its address and a stop function. `vscodeOptions` are extra
 * `--vscode-option` switches; `settings` are written as the user's settings when none exist yet.
 */
export async function startCodeServer({ scratch, userDataDir, extensionsDir, vscodeOptions = [], settings = {} }) {
  const { CODE_SERVER_NODE: nodeBinary, CODE_SERVER_ENTRY: entry } = process.env;
  if (!nodeBinary || !entry) throw new Error('CODE_SERVER_NODE and CODE_SERVER_ENTRY must be set (scripts/setup-vscode-e2e.sh prints them)');
  await fs.promises.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  // The user's settings, unless a run before this one left its own.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  await fs.promises.writeFile(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2), { flag: 'wx' })
    .catch((error) => { if (error.code !== 'EEXIST') throw error; });
  const port = await freePort();
  const child = spawn(nodeBinary, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5',
    // Lets the workbench accept a test payload (extensionTestsPath) in its URL.
    '--vscode-option', 'enable-smoke-test-driver', ...vscodeOptions], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...isolatedEnv(scratch), PATH: `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH}` },
  });
  const log = fs.createWriteStream(path.join(scratch, 'code-server.log'));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  if (!(await waitForHealth(port, child))) {
    stop();
    throw new Error(`code-server did not start; log in ${path.join(scratch, 'code-server.log')}`);
  }
  return { authority: `127.0.0.1:${port}`, stop };
}

/** Headless Chromium with a fresh profile in `scratch`. */
export function launchChromium(scratch) {
  return chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, env: { ...process.env, ...isolatedEnv(scratch) },
    args: CHROMIUM_FLAGS, viewport: { width: 1400, height: 900 },
  });
}
