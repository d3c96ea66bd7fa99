// Drives a language server over stdio with vscode-languageserver-protocol's client side, the
// same way for Asyncwise's server and for the reference server, and timestamps everything.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {typeof import('vscode-languageserver-protocol/node')} */
const protocol = require('vscode-languageserver-protocol/node');

export function uriOf(filePath) {
  return pathToFileURL(filePath).href;
}

export function languageIdOf(filePath) {
  if (filePath.endsWith('.py')) return 'python';
  if (/\.[mc]?tsx?$/.test(filePath)) return filePath.endsWith('x') ? 'typescriptreact' : 'typescript';
  return filePath.endsWith('x') ? 'javascriptreact' : 'javascript';
}

/**
 * One server process. `finalOn`: 'status' for Asyncwise (a publish is the typed result when the
 * `asyncwise/status` notification with `lastLintMs` for the same file follows it; an earlier one is
 * the syntax-only preview), 'publish' for the reference (every publish is final).
 */
export class LspDriver {
  constructor({ name, command, args = [], cwd, finalOn = 'publish', settings = {} }) {
    this.name = name;
    this.finalOn = finalOn;
    /** What the server gets for `workspace/configuration`. */
    this.settings = settings;
    this.stderr = '';
    /** window/logMessage and window/showMessage, with their type (1 = error). */
    this.logs = [];
    /** @type {{uri: string, version: number | undefined, count: number, at: number, final: boolean}[]} */
    this.publishes = [];
    this.statuses = [];
    this.diagnostics = new Map();
    this.waiters = [];
    this.exited = undefined;
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk) => {
      // Keep the start and the end; a runaway log must not eat the bench's memory.
      this.stderr = this.stderr.length < 200_000 ? this.stderr + chunk : this.stderr;
    });
    this.child.on('exit', (code, signal) => {
      this.exited = { code, signal, at: performance.now() };
      this.wake();
    });
    this.connection = protocol.createProtocolConnection(
      new protocol.StreamMessageReader(this.child.stdout),
      new protocol.StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      const entry = { uri: params.uri, version: params.version, count: params.diagnostics.length, at, final: this.finalOn === 'publish' };
      this.publishes.push(entry);
      this.diagnostics.set(params.uri, { ...params, at });
      this.wake();
    });
    this.connection.onNotification('asyncwise/status', (params) => {
      const at = performance.now();
      this.statuses.push({ ...params, at });
      if (params.lastLintMs !== undefined) {
        const last = this.publishes.findLast((entry) => entry.uri === params.uri);
        if (last) last.final = true;
      }
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params) => this.logs.push(params));
    this.connection.onNotification('window/showMessage', (params) => this.logs.push(params));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showDocument', () => ({ success: true }));
    this.connection.onError(() => this.wake());
    this.connection.onClose(() => this.wake());
    this.connection.listen();
  }

  wake() {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Push diagnostics only (no pull capability), as vscode-eslint's clients and most editors use. */
  async initialize(rootDir) {
    const started = performance.now();
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootDir),
      workspaceFolders: [{ uri: uriOf(rootDir), name: path.basename(rootDir) }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
      initializationOptions: { locale: 'en' },
    });
    await this.connection.sendNotification('initialized', {});
    return performance.now() - started;
  }

  async open(filePath, text, version = 1) {
    const uri = uriOf(filePath);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: languageIdOf(filePath), version, text },
    });
    return uri;
  }

  /** `changes`: a full text (string) or LSP content changes. */
  async change(uri, version, changes) {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: typeof changes === 'string' ? [{ text: changes }] : changes,
    });
  }

  async close(uri) {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async changeSettings(settings) {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { asyncwise: settings } });
  }

  /** Resolves with `probe()`'s first defined value, re-checked after every message. */
  async waitUntil(probe, timeoutMs, describe) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (this.exited) throw new Error(`${this.name} exited (${JSON.stringify(this.exited)}) while waiting: ${describe()}\n${this.stderr.slice(-2000)}`);
      const remaining = deadline - performance.now();
      if (remaining <= 0) throw new Error(`${this.name}: timed out after ${timeoutMs} ms: ${describe()}`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first publish for `uri` at `version` (final ones only when `final`) at or after index `from`. */
  findPublish(uri, version, { final = true, from = 0 } = {}) {
    for (let index = from; index < this.publishes.length; index++) {
      const entry = this.publishes[index];
      if (entry.uri === uri && entry.version === version && (!final || entry.final)) return entry;
    }
    return undefined;
  }

  waitForPublish(uri, version, { final = true, from = 0, timeoutMs = 120_000 } = {}) {
    return this.waitUntil(
      () => this.findPublish(uri, version, { final, from }),
      timeoutMs,
      () => `${final ? 'final ' : ''}diagnostics for ${uri}@${version}; last: ${JSON.stringify(this.publishes.findLast((entry) => entry.uri === uri))}`,
    );
  }

  /** Sends a request and measures its round trip. */
  async timedRequest(method, params) {
    const started = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return { result, ms: performance.now() - started, sentAt: started };
  }

  hover(uri, position) {
    return this.timedRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeAction(uri, range, diagnostics) {
    return this.timedRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only: ['quickfix'], triggerKind: 1 },
    });
  }

  /** Resident and peak resident memory of the server process (its worker threads included), in MB. */
  async memory() {
    const status = await fs.readFile(`/proc/${this.pid}/status`, 'utf8');
    const field = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: field('VmRSS') / 1024, peakMb: field('VmHWM') / 1024, threads: field('Threads') };
  }

  get alive() {
    return this.exited === undefined;
  }

  async dispose() {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    const timeout = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), timeout(5_000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, timeout(3_000)]);
    if (!this.exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}

/** The built Asyncwise server (a snapshot; see server-bundle.mjs). */
export function asyncwiseServer(bundle, { name = 'asyncwise', settings = {}, cwd } = {}) {
  return new LspDriver({ name, command: process.execPath, args: [bundle, '--stdio'], cwd, finalOn: 'status', settings });
}

const REFERENCE = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'reference-server.mjs');

/** The vscode-eslint-style reference server. */
export function referenceServer({ name = 'reference', cwd } = {}) {
  return new LspDriver({ name, command: process.execPath, args: [REFERENCE, '--stdio'], cwd, finalOn: 'publish' });
}
