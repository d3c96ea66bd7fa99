import * as vscode from 'vscode';
import type { StatusParams } from '../server/status';

/** One status bar item: idle, linting (spinner), type information off, or an error. Click: its menu (output, learning, restart). */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('asyncwise.status', vscode.StatusBarAlignment.Right, 100);
  /** The last status the server sent, for tests and the tooltip. */
  last: StatusParams | undefined;

  constructor() {
    this.item.name = 'Asyncwise';
    this.item.command = 'asyncwise.showMenu';
    this.show({ state: 'idle' });
  }

  show(status: StatusParams): void {
    this.last = status;
    const degraded = status.state === 'idle' && status.typed === false;
    this.item.text = {
      linting: '$(sync~spin) Asyncwise',
      idle: degraded ? '$(circle-large-outline) Asyncwise' : '$(check) Asyncwise',
      error: '$(error) Asyncwise',
    }[status.state];
    this.item.backgroundColor = status.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.tooltip = tooltip(status, degraded);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function tooltip(status: StatusParams, degraded: boolean): string {
  const lines = [vscode.l10n.t('Asyncwise: {0}', status.state === 'linting' ? vscode.l10n.t('linting…') : status.state)];
  if (status.lastLintMs !== undefined) lines.push(vscode.l10n.t('Last lint: {0} ms', status.lastLintMs));
  if (status.project) lines.push(vscode.l10n.t('Project: {0}', status.project));
  if (degraded) lines.push(vscode.l10n.t('No tsconfig/jsconfig covers this file: findings come from syntax only.'));
  if (status.message) lines.push(status.message);
  return lines.join('\n');
}
