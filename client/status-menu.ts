import * as vscode from 'vscode';
import { learnString, type LearnStringKey } from './learn-strings';
import { extensionLocale } from './locale';

/** The status bar item's menu: the output, the walkthrough, the concept pages, the demos, a restart. */
export async function showStatusMenu(): Promise<void> {
  const locale = extensionLocale();
  const entries: [icon: string, key: LearnStringKey, command: string][] = [
    ['output', 'menuOutput', 'asyncwise.showOutput'],
    ['book', 'menuWalkthrough', 'asyncwise.openWalkthrough'],
    ['mortar-board', 'menuLearn', 'asyncwise.learn'],
    ['play', 'menuDemo', 'asyncwise.runDemo'],
    ['debug-restart', 'menuRestart', 'asyncwise.restartServer'],
  ];
  const items = entries.map(([icon, key, command]) => ({ label: `$(${icon}) ${learnString(locale, key)}`, command }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Asyncwise' });
  if (picked) await vscode.commands.executeCommand(picked.command);
}
