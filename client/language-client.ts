import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EXPLAIN_REQUEST, type ExplainParams, type ExplainResult } from '../server/explain';
import { STATUS_NOTIFICATION, type StatusParams } from '../server/status';
import { ExplainerPanel } from './explainer-panel';
import { RestartPolicy } from './restart-policy';
import { conceptUrlsToCommands } from './panel-links';
import { SerialRestarts } from './serial-restarts';
import { StatusBar } from './status-bar';

const DOCUMENT_SELECTOR = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python'].map((language) => ({
  scheme: 'file',
  language,
}));
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('asyncwise');

/** The language client: starts the bundled server over IPC, restarts it after crashes, feeds the status bar. */
export class AsyncwiseClient implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Asyncwise', { log: true });
  readonly statusBar = new StatusBar();
  readonly explainer = new ExplainerPanel();
  private client: LanguageClient | undefined;
  private readonly restarts = new RestartPolicy();
  private readonly serialRestarts = new SerialRestarts(async () => {
    this.output.info('Restarting the Asyncwise language server');
    await this.stop();
    await this.start();
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  /**
   * A restart for a new language is under way. Registered before the language client's own
   * listeners, ours sees the change first: the client then sends no `didChangeConfiguration` to the
   * server that is stopping (sending it while the client stops fails with "Starting server
   * failed", once per configuration listener), and the new server reads the settings anew anyway.
   */
  private restartingForLocale = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        // The language is fixed when the server starts.
        if (!event.affectsConfiguration('asyncwise.locale')) return;
        this.restartingForLocale = true;
        void this.restart().finally(() => {
          this.restartingForLocale = false;
        });
      }),
    );
  }

  async start(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      synchronize: {
        configurationSection: 'asyncwise',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{tsconfig,jsconfig}*.json'),
      },
      initializationOptions: { locale: displayLocale() },
      middleware: {
        workspace: {
          didChangeConfiguration: (sections, next) => (this.restartingForLocale ? Promise.resolve() : next(sections)),
        },
        // The server links concept pages on GitHub for every editor; here they open in the panel.
        provideHover: async (document, position, token, next) => {
          const hover = await next(document, position, token);
          if (!hover) return hover;
          const contents = hover.contents.map((content) => {
            if (!(content instanceof vscode.MarkdownString)) return content;
            const markdown = new vscode.MarkdownString(conceptUrlsToCommands(content.value));
            markdown.isTrusted = { enabledCommands: ['asyncwise.openConcept'] };
            return markdown;
          });
          return new vscode.Hover(contents, hover.range);
        },
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          const delay = this.restarts.nextDelay();
          this.output.warn(`The Asyncwise server stopped unexpectedly; restarting in ${delay} ms`);
          this.statusBar.show({ state: 'error', message: vscode.l10n.t('The server stopped; restarting…') });
          setTimeout(() => void this.restart(), delay);
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient('asyncwise', 'Asyncwise', serverOptions, clientOptions);
    client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => this.statusBar.show(status));
    this.client = client;
    await client.start();
  }

  get isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  restart(): Promise<void> {
    return this.serialRestarts.request();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  showOutput(): void {
    this.output.show(true);
  }

  /** Applies the file's safe fixes (never suggestions), as `source.fixAll.asyncwise` on save does. */
  async fixAll(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', editor.document.uri, fullRange(editor.document), FIX_ALL_KIND.value,
    );
    const edit = actions.find((action) => action.kind && FIX_ALL_KIND.contains(action.kind))?.edit;
    if (!edit) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Asyncwise: nothing to fix automatically in this file.'));
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  }

  /** Opens the explainer panel for the finding at the cursor. */
  async explainAtCursor(): Promise<ExplainResult | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.client) return undefined;
    const params: ExplainParams = {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    };
    const result = await this.client.sendRequest<ExplainResult | null>(EXPLAIN_REQUEST, params);
    if (!result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Asyncwise: no finding at the cursor.'));
      return undefined;
    }
    await this.explainer.show(result);
    return result;
  }

  dispose(): void {
    void this.stop();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.explainer.dispose();
    this.statusBar.dispose();
    this.output.dispose();
  }
}

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
}

/** `asyncwise.locale`, or VS Code's display language when it is `auto`. */
function displayLocale(): string {
  const configured = vscode.workspace.getConfiguration('asyncwise').get<string>('locale', 'auto');
  return configured === 'auto' ? vscode.env.language : configured;
}
