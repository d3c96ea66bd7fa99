import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CLI = path.resolve('dist/cli.js');
export const CLI_MISSING = !fs.existsSync(CLI) && 'build the CLI first';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  /** Run as this user id (and its group): root reads every file whatever its mode. */
  uid?: number;
  env?: Record<string, string | undefined>;
}

/** Runs the built CLI to its end, as a user would from `cwd`. */
export function runCli(args: string[], { cwd = process.cwd(), input, uid, env = {} }: RunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd, ...env },
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI with standard input left open: resolves if it ends without reading it. */
export function runCliWithOpenStdin(args: string[], cwd: string, timeoutMs: number): Promise<CliRun | 'timed out'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      resolve('timed out');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A temporary project: `files` maps relative paths to contents. Readable by every user, so that
 * the CLI can run as an unprivileged one inside it. Removed by `dispose`.
 */
export function makeProject(files: Record<string, string>): { dir: string; file: (relative: string) => string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-cli-'));
  fs.chmodSync(dir, 0o755);
  for (const [relative, text] of Object.entries(files)) {
    const full = path.join(dir, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true, mode: 0o755 });
    fs.writeFileSync(full, text, { mode: 0o644 });
  }
  return {
    dir,
    file: (relative) => path.join(dir, relative),
    dispose: () => {
      restoreAccess(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Gives back what a test took away (chmod 000), folder by folder, so that the tree can be removed. */
function restoreAccess(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restoreAccess(full);
    else if (entry.isFile()) fs.chmodSync(full, 0o644);
  }
}

/**
 * A user the file modes apply to: root reads every file whatever its mode, so tests that need an
 * unreadable file run the CLI as `nobody` when they run as root.
 */
export const UNPRIVILEGED_UID = process.getuid?.() === 0 ? 65534 : undefined;

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; severity: number; fatal?: boolean }[];
  output?: string;
}

export function parseJsonReport(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** `file:line rule-or-message` for each message of a JSON report, by file name. */
export function summarize(results: JsonResult[], root: string): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(root, result.filePath)}:${message.line} ${message.ruleId ?? message.message}`),
  );
}
