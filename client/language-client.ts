import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../server/status';
import { StatusBar } from './status-bar';

const DOCUMENT_SELECTOR = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'].map((language) => ({
  scheme: 'file',
  language,
}));

/** The language client: starts the bundled server over IPC and feeds the status bar. */
export class AsyncwiseClient implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Asyncwise', { log: true });
  readonly statusBar = new StatusBar();
  private client: LanguageClient | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

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
    };
    this.client = new LanguageClient('asyncwise', 'Asyncwise', serverOptions, clientOptions);
    this.client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => this.statusBar.show(status));
    await this.client.start();
  }

  get isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  async restart(): Promise<void> {
    this.output.info('Restarting the Asyncwise language server');
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    void this.stop();
    this.statusBar.dispose();
    this.output.dispose();
  }
}

/** `asyncwise.locale`, or VS Code's display language when it is `auto`. */
function displayLocale(): string {
  const configured = vscode.workspace.getConfiguration('asyncwise').get<string>('locale', 'auto');
  return configured === 'auto' ? vscode.env.language : configured;
}
