import * as vscode from 'vscode';
import { AsyncwiseClient } from './language-client';

let client: AsyncwiseClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<AsyncwiseClient> {
  client = new AsyncwiseClient(context);
  context.subscriptions.push(
    client,
    vscode.commands.registerCommand('asyncwise.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('asyncwise.showOutput', () => client?.showOutput()),
  );
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
