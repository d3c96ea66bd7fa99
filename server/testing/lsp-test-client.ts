import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../status';

export const SERVER_BUNDLE = path.resolve('dist/server/server.js');

/**
 * Drives the built server over stdio with vscode-languageserver-protocol's client side, as any
 * LSP editor would: initialize, open/change documents, answer workspace/configuration.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every diagnostics notification, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  /** What the server gets for `workspace/configuration` (section `asyncwise`). */
  settings: Record<string, unknown> = {};
  readonly logs: string[] = [];
  /** Every `asyncwise/status` notification, in order. */
  readonly statuses: StatusParams[] = [];
  /** How often the server asked to pull diagnostics again. */
  refreshes = 0;

  constructor() {
    this.child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('asyncwise/status', (params: StatusParams) => {
      this.statuses.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes += 1;
      return null;
    });
    this.connection.listen();
  }

  /**
   * `pull`: declare pulled diagnostics (textDocument/diagnostic), as VS Code does. `capabilities`:
   * a real client's whole set instead (see client-capabilities.ts).
   */
  async initialize(rootDir: string, { locale = 'en', pull = false, capabilities }: { locale?: string; pull?: boolean; capabilities?: ClientCapabilities } = {}): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootDir),
      workspaceFolders: [{ uri: uriOf(rootDir), name: path.basename(rootDir) }],
      capabilities: capabilities ?? {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        ...(pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {}),
      },
      initializationOptions: { locale },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async open(filePath: string, text: string, version = 1, languageId = languageOf(filePath)): Promise<string> {
    const uri = uriOf(filePath);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Resolves with the first published diagnostics for `uri` that satisfy `accept`. */
  async waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 30_000,
  ): Promise<Diagnostic[]> {
    const found = await this.waitUntil(() => {
      const current = this.diagnostics.get(uri);
      return current && accept(current) ? current.diagnostics : undefined;
    }, timeoutMs, () => `no matching diagnostics for ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri))}`);
    return found;
  }

  /** Resolves when a status notification satisfying `accept` has arrived. */
  waitForStatus(accept: (status: StatusParams) => boolean, timeoutMs = 30_000): Promise<StatusParams> {
    return this.waitUntil(() => this.statuses.find(accept), timeoutMs, () => `no matching status; got ${JSON.stringify(this.statuses.slice(-3))}`);
  }

  /** Re-checks `probe` after every notification until it returns a value. */
  private async waitUntil<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(describe());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Pulls diagnostics for `uri` (textDocument/diagnostic). */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report: { kind: string; items?: Diagnostic[] } = await this.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
    });
    return report.items ?? [];
  }

  /** Every diagnostics notification seen for `uri` so far is forgotten. */
  forget(uri: string): void {
    this.diagnostics.delete(uri);
  }

  async dispose(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

function languageOf(filePath: string): string {
  if (filePath.endsWith('.py')) return 'python';
  return /\.[mc]?tsx?$/.test(filePath) ? 'typescript' : 'javascript';
}
