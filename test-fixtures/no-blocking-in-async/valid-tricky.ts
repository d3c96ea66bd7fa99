// Code that looks like blocking calls in async functions but is not. Nothing here is reported.
import { transformSync } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

interface Database {
  querySync(sql: string): unknown[];
}

interface VirtualFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
}

/** Our own function with a Sync suffix. */
function parseSync(text: string): string[] {
  return text.split('\n');
}

export async function load(db: Database, vfs: VirtualFs, code: string): Promise<number> {
  const rows = db.querySync('select 1');
  const text = vfs.existsSync('/a') ? vfs.readFileSync('/a', 'utf8') : '';
  const out = transformSync(code, { loader: 'ts' }).code;
  return rows.length + parseSync(text).length + out.length + (await readFile('/b', 'utf8')).length;
}

export async function token(): Promise<string> {
  // A few bytes without a callback return in microseconds; with a callback the call is async.
  randomBytes(1 << 20, (error, bytes) => console.log(error ?? bytes.length));
  return randomBytes(32).toString('hex');
}

export async function watch(emitter: EventEmitter, path: string): Promise<void> {
  // Listeners run later, on their own turn, not inside this async body.
  emitter.on('change', () => fs.writeFileSync(`${path}.seen`, String(Date.now())));
  emitter.once('close', function onClose() {
    fs.rmSync(path, { force: true });
  });
  await stat(path);
}

export async function drain(queue: string[], budgetMs: number): Promise<number> {
  // A time-sliced work loop does real work each round; it is not a spin on the clock.
  const start = Date.now();
  let done = 0;
  while (Date.now() - start < budgetMs && queue.length > 0) {
    parseSync(queue.shift() ?? '');
    done += 1;
  }
  return done;
}

export async function expire(entries: { at: string }[], cutoff: Date): Promise<number> {
  // `new Date(value)` parses a value; it does not read the clock.
  let index = 0;
  while (index < entries.length && new Date(entries[index]!.at) < cutoff) index += 1;
  return index;
}

export async function poll(ready: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  // A polling loop that awaits yields to the event loop every round.
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await ready()) return true;
  }
  return false;
}

export function loadSettings(): unknown {
  // A synchronous function: whoever calls it at startup blocks nobody.
  return JSON.parse(fs.readFileSync('settings.json', 'utf8'));
}
