import * as vscode from 'vscode';
import { AsyncwiseClient } from './language-client';
import { Learn } from './learn';
import { showStatusMenu } from './status-menu';

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
    vscode.commands.registerCommand('asyncwise.showMenu', () => showStatusMenu()),
    ...new Learn(context, client.explainer).register(),
  );
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
