import * as vscode from 'vscode';
import { AsyncwiseClient } from './language-client';

let client: AsyncwiseClient | undefined;

/** The returned client is the extension's API (status, explainer panel), used by its own tests. */
export async function activate(context: vscode.ExtensionContext): Promise<AsyncwiseClient> {
  client = new AsyncwiseClient(context);
  context.subscriptions.push(
    client,
    vscode.commands.registerCommand('asyncwise.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('asyncwise.showOutput', () => client?.showOutput()),
    vscode.commands.registerCommand('asyncwise.fixAll', () => client?.fixAll()),
    vscode.commands.registerCommand('asyncwise.explain', () => client?.explainAtCursor()),
  );
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
