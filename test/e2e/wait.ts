import * as vscode from 'vscode';

/** Resolves when `uri`'s Asyncwise diagnostics satisfy `accept`, woken by VS Code's diagnostics event. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 60_000,
): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] =>
    vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'asyncwise');
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = current();
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${uri.fsPath}: ${JSON.stringify(current().map((d) => d.message))}`));
    }, timeoutMs);
    check();
  });
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
    .join('\n');
}
