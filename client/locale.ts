import * as vscode from 'vscode';
import type { ConceptLocale } from '../rules/concepts';

/** The extension's own language: `asyncwise.locale`, or VS Code's display language when `auto`. */
export function extensionLocale(): ConceptLocale {
  const configured = vscode.workspace.getConfiguration('asyncwise').get<string>('locale', 'auto');
  const tag = configured === 'auto' ? vscode.env.language : configured;
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
