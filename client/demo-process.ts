// Starts a shipped demo as its own process: JavaScript with the runtime given (the extension
// host's own), Python with the python3 on PATH. No `vscode` import: tests and the timing
// recorder start demos the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ConceptLocale } from '../rules/concepts';
import type { Demo } from './demos';

export interface DemoCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface DemoOptions {
  /** Runs the JavaScript demos: a Node.js binary, or Electron's with ELECTRON_RUN_AS_NODE. */
  nodePath: string;
  locale: ConceptLocale;
  /** Print the measured rows as JSON (for the recorder) instead of a table. */
  json?: boolean;
}

export const PYTHON_COMMAND = process.platform === 'win32' ? 'python' : 'python3';

export function demoCommand(demo: Demo, demosDir: string, options: DemoOptions): DemoCommand {
  const script = path.join(demosDir, ...demo.file.split('/'));
  const args = [script, `--lang=${options.locale}`, ...(options.json ? ['--json'] : [])];
  // VS Code's own runtime is Electron: this makes it behave as plain Node.js. Python must not
  // write __pycache__ into the extension's folder.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' };
  return demo.language === 'js'
    ? { command: options.nodePath, args, cwd: path.dirname(script), env }
    : { command: PYTHON_COMMAND, args, cwd: path.dirname(script), env };
}

export function startDemo(demo: Demo, demosDir: string, options: DemoOptions): ChildProcess {
  const { command, args, cwd, env } = demoCommand(demo, demosDir, options);
  return spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface DemoRun {
  exitCode: number;
  output: string;
}

/** Runs a demo to its end; `onOutput` sees the output as it comes (stdout and stderr). */
export function runDemo(demo: Demo, demosDir: string, options: DemoOptions, onOutput?: (text: string) => void): Promise<DemoRun> {
  return new Promise((resolve) => {
    let output = '';
    const child = startDemo(demo, demosDir, options);
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      onOutput?.(text);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    // A missing python3 is an 'error' (ENOENT), possibly followed by 'close': settle once.
    let settled = false;
    const settle = (exitCode: number): void => {
      if (settled) return;
      settled = true;
      resolve({ exitCode, output });
    };
    child.on('error', (error) => {
      const message = `${error.message}\n`;
      output += message;
      onOutput?.(message);
      settle(127);
    });
    child.on('close', (code) => settle(code ?? 1));
  });
}
