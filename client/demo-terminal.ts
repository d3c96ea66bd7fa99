import path from 'node:path';
import * as vscode from 'vscode';
import type { ConceptLocale } from '../rules/concepts';
import { PYTHON_COMMAND, runDemo, type DemoRun } from './demo-process';
import type { Demo } from './demos';
import { learnString } from './learn-strings';

/**
 * Runs a shipped demo in a terminal of its own and resolves with what it printed. The extension
 * starts the process itself (JavaScript with VS Code's own runtime, so no Node.js install is
 * needed) and the terminal shows its output: no shell, no quoting, the same on every OS.
 */
export function runDemoInTerminal(demo: Demo, demosDir: string, locale: ConceptLocale): Promise<DemoRun> {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  // Output that arrives before the terminal opens waits here.
  let pending: string[] | undefined = [];
  const show = (text: string): void => {
    const terminalText = text.replace(/\r?\n/g, '\r\n');
    if (pending) pending.push(terminalText);
    else write.fire(terminalText);
  };
  const terminal = vscode.window.createTerminal({
    name: `Asyncwise: ${path.basename(demo.file)}`,
    pty: {
      onDidWrite: write.event,
      onDidClose: close.event,
      open: () => {
        for (const text of pending ?? []) write.fire(text);
        pending = undefined;
      },
      close: () => undefined,
    },
  });
  terminal.show(true);
  show(`${learnString(locale, 'demoHeader', `demos/${demo.file}`)}\n\n`);
  return runDemo(demo, demosDir, { nodePath: process.execPath, locale }, show).then((run) => {
    if (run.exitCode === 127 && demo.language === 'python') show(`${learnString(locale, 'pythonMissing', PYTHON_COMMAND)}\n`);
    show(`\n${learnString(locale, 'demoExit', run.exitCode)}\n`);
    // The terminal stays open (and may open only now): its emitters live as long as it does.
    return run;
  });
}
