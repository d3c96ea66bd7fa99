import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isPythonFile, LINTED_EXTENSIONS } from '../engine/extensions';
import { skipReason } from '../engine/skip-reason';
import manifest from '../package.json';
import type { Locale } from '../rules/explainers';
import { FIX_ALL_KIND, fixAllAction, OPEN_DOCS_COMMAND, quickFixes } from './code-actions';
import { toDiagnostic, type AsyncwiseDiagnostic } from './diagnostics';
import { EXPLAIN_REQUEST, explainFinding, type ExplainParams, type ExplainResult } from './explain';
import { FindingStore } from './finding-store';
import { importsModule } from './importers';
import { hoverMarkdown } from './hover-content';
import { skipMessage, t, toLocale } from './l10n';
import { LintRunner } from './lint-runner';
import { LintScheduler } from './lint-scheduler';
import { stdioTransport } from './stdio-transport';
import { DEFAULT_SETTINGS, engineSeverities, normalizeSettings, type Settings } from './settings';
import { STATUS_NOTIFICATION, type StatusParams } from './status';
import type { LintJobResult } from './worker-protocol';

/** How much longer than the edited file itself its importers wait before they are linted again. */
const IMPORTER_DELAY_MS = 400;
const LINTED_LANGUAGES = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python']);

/** The language server: documents, scheduling, diagnostics, hovers and code actions. */
export function startServer(workerScript: string): void {
  const transport = stdioTransport((reason) => stopUnreadable(reason));
  const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const runner = new LintRunner(workerScript, (message) => connection.console.error(message));
  const settingsCache = new Map<string, Settings>();
  const store = new FindingStore();
  const reportedCrashes = new Set<string>();
  /** The client asked the server to shut down: the worker is being ended. */
  let shuttingDown = false;
  /** Names in `asyncwise.rules` that are no rule of ours, said once each. */
  const warnedUnknownRules = new Set<string>();
  let locale: Locale = 'en';
  let workspaceRoots: string[] = [];
  let canReadConfiguration = false;
  /** The client pulls diagnostics (textDocument/diagnostic); otherwise they are pushed. */
  let pullMode = false;
  let canRefresh = false;
  let refreshTimer: NodeJS.Timeout | undefined;

  const status = (params: StatusParams): void => void connection.sendNotification(STATUS_NOTIFICATION, params);

  async function settingsFor(uri: string): Promise<Settings> {
    const cached = settingsCache.get(uri);
    if (cached) return cached;
    const raw: unknown = canReadConfiguration
      ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'asyncwise' })
      : undefined;
    const settings = normalizeSettings(raw);
    for (const name of settings.unknownRules) {
      if (warnedUnknownRules.has(name)) continue;
      warnedUnknownRules.add(name);
      connection.console.warn(t(locale, 'unknownRule', name));
    }
    settingsCache.set(uri, settings);
    return settings;
  }

  function rootFor(filePath: string): string {
    const containing = workspaceRoots.filter((root) => filePath.startsWith(root + path.sep));
    return containing.sort((a, b) => b.length - a.length)[0] ?? path.dirname(filePath);
  }

  function publish(uri: string, version: number, diagnostics: AsyncwiseDiagnostic[]): void {
    const answered = store.set(uri, version, diagnostics);
    if (!pullMode) void connection.sendDiagnostics({ uri, version, diagnostics });
    else if (answered === 0 && canRefresh) requestRefresh();
  }

  /** Findings nobody asked for (settings, other files changed): ask the client to pull again. */
  function requestRefresh(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void connection.languages.diagnostics.refresh(), 50);
  }

  const scheduler = new LintScheduler(
    (job, onPartial) => {
      status({ state: 'linting', uri: pathToFileURL(job.filePath).href });
      return runner.run(job, onPartial);
    },
    (uri) => {
      const document = documents.get(uri);
      return document && { version: document.version, text: document.getText() };
    },
    async (uri) => {
      const document = documents.get(uri);
      const filePath = filePathOf(uri);
      if (!document) return undefined;
      if (!filePath || !isLintable(document.languageId, filePath)) {
        publish(uri, document.version, []);
        return undefined;
      }
      const settings = await settingsFor(uri);
      if (!settings.enable) {
        publish(uri, document.version, []);
        return undefined;
      }
      const skipped = skipReason(document.getText(), settings.maxFileSize);
      if (skipped) {
        publish(uri, document.version, []);
        status({ state: 'idle', uri, message: skipMessage(locale, path.basename(filePath), skipped) });
        return undefined;
      }
      return {
        filePath,
        rootDir: rootFor(filePath),
        typeAware: settings.typeAware === 'auto',
        ruleSeverities: engineSeverities(settings.rules),
        python: settings.python,
      };
    },
    (uri, version, result) => deliver(uri, version, result),
    (uri, error) => {
      const document = documents.get(uri);
      // Keep what was shown, and answer any waiting pull with it.
      if (document) publish(uri, document.version, store.get(uri)?.diagnostics ?? []);
      // Lints cut short by a stop are no failure worth an error in the user's output.
      if (shuttingDown) return;
      connection.console.error(t(locale, 'lintFailed', uri, error.message));
      status({ state: 'error', uri, message: error.message });
    },
  );

  function deliver(uri: string, version: number, result: LintJobResult): void {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    if (result.partial) {
      // A client that pulls but cannot be asked to pull again would keep the early set until the
      // next edit: its pull waits for the final result instead.
      if (pullMode && !canRefresh) return;
      // Early syntax-only findings: shown until the typed lint (a superset) replaces them.
      const levels = settingsCache.get(uri)?.rules ?? {};
      if ((store.get(uri)?.version ?? -1) < version) {
        publish(uri, version, result.messages.flatMap((message) => toDiagnostic(message, document, levels) ?? []));
      }
      return;
    }
    for (const crash of result.crashes) {
      const key = `${crash.ruleId}\n${uri}`;
      if (reportedCrashes.has(key)) continue;
      reportedCrashes.add(key);
      connection.console.error(t(locale, 'ruleCrashed', crash.ruleId, uri, crash.message));
    }
    if (result.failure) connection.console.error(t(locale, 'lintFailed', uri, result.failure));
    const levels = settingsCache.get(uri)?.rules ?? {};
    // A file that does not parse keeps no findings: the TypeScript service already reports syntax errors.
    const diagnostics = result.messages.flatMap((message) => toDiagnostic(message, document, levels) ?? []);
    publish(uri, version, diagnostics);
    const filePath = filePathOf(uri);
    status({
      state: result.failure || result.crashes.length > 0 ? 'error' : 'idle',
      uri,
      lastLintMs: Math.round(result.durationMs),
      // Type information is a JavaScript/TypeScript matter; Python rules always see all they use.
      ...(filePath && isPythonFile(filePath) ? {} : { typed: result.typed }),
      ...(filePath ? { project: rootFor(filePath) } : {}),
      ...(result.failure ? { message: result.failure } : result.crashes[0] ? { message: result.crashes[0].message } : {}),
    });
  }

  /** The current finding under `position`, if any. */
  function findingAt(uri: string, version: number, position: Position): AsyncwiseDiagnostic | undefined {
    return (store.get(uri)?.diagnostics ?? []).find(
      (diagnostic) => diagnostic.data.version === version && contains(diagnostic.range, position),
    );
  }

  function relintAll(delayMs: number): void {
    for (const document of documents.all()) scheduler.schedule(document.uri, delayMs);
  }

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as { locale?: string };
    locale = toLocale(options.locale ?? params.locale);
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    pullMode = params.capabilities.textDocument?.diagnostic !== undefined;
    canRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    workspaceRoots = (params.workspaceFolders ?? []).flatMap((folder) => filePathOf(folder.uri) ?? []);
    if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [filePathOf(params.rootUri) ?? ''].filter(Boolean);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [OPEN_DOCS_COMMAND] },
        ...(pullMode ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'asyncwise', version: manifest.version },
    };
  });

  connection.onInitialized(() => {
    runner.warmUp();
    if (canReadConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    relintAll(0);
  });

  /** The version each document was opened with: its content-change event is the open itself. */
  const openedVersions = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedVersions.set(document.uri, document.version);
    scheduler.schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (openedVersions.get(document.uri) === document.version) return;
    const settings = settingsCache.get(document.uri) ?? DEFAULT_SETTINGS;
    if (settings.run !== 'onType') return;
    scheduler.schedule(document.uri, settings.debounceMs);
    // Open files that import this one may see new types: lint them once typing pauses.
    const filePath = filePathOf(document.uri);
    if (!filePath) return;
    for (const other of documents.all()) {
      if (other.uri !== document.uri && importsModule(other.getText(), filePath)) {
        scheduler.schedule(other.uri, settings.debounceMs + IMPORTER_DELAY_MS);
      }
    }
  });
  documents.onDidSave(({ document }) => {
    scheduler.schedule(document.uri, 0);
    // A saved file can change other files' types: lint the other open files again.
    for (const other of documents.all()) if (other.uri !== document.uri) scheduler.schedule(other.uri, 50);
  });
  documents.onDidClose(({ document }) => {
    scheduler.forget(document.uri);
    openedVersions.delete(document.uri);
    settingsCache.delete(document.uri);
    store.delete(document.uri);
    if (!pullMode) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => relintAll(50));

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || settingsCache.get(textDocument.uri)?.explainOnHover === false) return null;
    const finding = findingAt(textDocument.uri, document.version, position);
    if (!finding) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(finding, document, locale) }, range: finding.range };
  });

  connection.onRequest(EXPLAIN_REQUEST, async ({ textDocument, position }: ExplainParams, token: CancellationToken): Promise<ExplainResult | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    // Asked right after an edit: answer from the findings of the text on screen, not older ones.
    const onCancel = (callback: () => void): void => void token.onCancellationRequested(callback);
    if (scheduler.hasWork(textDocument.uri)) await store.waitFor(textDocument.uri, document.version, onCancel);
    const finding = findingAt(textDocument.uri, document.version, position);
    return (finding && explainFinding(finding, document, locale)) ?? null;
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const wantsFixAll = context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.Source));
    if (wantsFixAll) {
      const action = fixAllAction(document, store.get(textDocument.uri)?.diagnostics ?? [], locale);
      return action ? [action] : [];
    }
    return quickFixes(document, context.diagnostics, locale);
  });

  connection.languages.diagnostics.on(async ({ textDocument }, token) => {
    const document = documents.get(textDocument.uri);
    if (!document) return { kind: 'full', items: [] };
    const known = store.get(textDocument.uri);
    const linting = scheduler.hasWork(textDocument.uri);
    if (!linting && (known?.version ?? -1) < document.version) {
      // Nothing on its way for this text (first pull, or lint-on-save between saves).
      const settings = await settingsFor(textDocument.uri);
      if (settings.run === 'onSave' && known) return { kind: 'full', items: known.diagnostics };
      scheduler.schedule(textDocument.uri, 0);
    }
    const onCancel = (callback: () => void): void => void token.onCancellationRequested(callback);
    const items = await store.waitFor(textDocument.uri, document.version, onCancel, linting);
    // A cancelled pull is answered as cancelled: a report (even of the last findings) would
    // replace what the client shows with findings of a text it no longer has.
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return { kind: 'full', items };
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const [url] = (args ?? []) as unknown[];
    if (command === OPEN_DOCS_COMMAND && typeof url === 'string') {
      await connection.window.showDocument({ uri: url, external: true });
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    // Answered at once: ending the worker can take seconds on a busy machine (it may be deep in
    // building a TypeScript program), and a client waits only so long before it gives up on the
    // stop; `exit` ends the process, worker and all, in any case.
    void runner.dispose();
  });

  /** The stream from the editor cannot be read any more: say why, and exit for the editor to restart us. */
  function stopUnreadable(reason: string): void {
    const message = t(locale, 'streamUnreadable', reason);
    process.stderr.write(`${message}\n`);
    const logged = connection.sendNotification('window/logMessage', { type: 1, message }).catch(() => undefined);
    const stop = (): void => {
      void runner.dispose();
      process.exit(1);
    };
    void Promise.race([logged, new Promise((resolve) => setTimeout(resolve, 500))]).then(stop);
  }
  // Our own reader leaves ending with stdin to us (vscode-languageserver does it for its own).
  if (transport) {
    const end = (): never => process.exit(shuttingDown ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
  }

  documents.listen(connection);
  connection.listen();
  logStart(connection);
}

function logStart(connection: Connection): void {
  connection.console.info(`Asyncwise ${manifest.version} language server started (Node ${process.version})`);
}

/** By language id; clients that send none (or a generic one) are judged by the file's extension. */
function isLintable(languageId: string, filePath: string): boolean {
  if (LINTED_LANGUAGES.has(languageId)) return true;
  return (languageId === '' || languageId === 'plaintext') && (LINTED_EXTENSIONS as readonly string[]).includes(path.extname(filePath));
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function contains(range: { start: Position; end: Position }, position: Position): boolean {
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

interface Position {
  line: number;
  character: number;
}
