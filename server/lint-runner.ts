import { Worker } from 'node:worker_threads';
import type { LintJob, LintJobResult } from './worker-protocol';

interface Pending {
  resolve: (result: LintJobResult) => void;
  partial?: (result: LintJobResult) => void;
  reject: (error: Error) => void;
}

/**
 * Sends lint jobs to the worker thread and restarts the worker when it dies: a crash fails the
 * jobs in flight (the scheduler lints those files again) and the next job starts a new worker.
 */
export class LintRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** How many workers have died; exposed for status and tests. */
  crashes = 0;

  constructor(
    private readonly workerScript: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Lints in the worker; `onPartial` receives an early syntax-only answer when there is one. */
  run(job: Omit<LintJob, 'id'>, onPartial?: (result: LintJobResult) => void): Promise<LintJobResult> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onPartial ? { partial: onPartial } : {}) });
      worker.postMessage({ ...job, id } satisfies LintJob);
    });
  }

  /** Starts the worker ahead of the first lint, so loading its modules overlaps the editor's start-up. */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Ends the worker (and with it TypeScript's programs); the next job starts a fresh one. */
  async restart(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failPending(new Error('lint worker restarted'));
    await worker?.terminate();
  }

  dispose(): Promise<void> {
    return this.restart();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The worker's console goes to stderr: over stdio, stdout carries the protocol, and one stray
    // line from a library inside the worker would corrupt it.
    const worker = new Worker(this.workerScript, { workerData: { role: 'lint-worker' }, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    worker.on('message', (result: LintJobResult) => {
      const pending = this.pending.get(result.id);
      if (result.partial) {
        pending?.partial?.(result);
        return;
      }
      this.pending.delete(result.id);
      pending?.resolve(result);
    });
    worker.on('error', (error) => this.log(`lint worker error: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.crashes += 1;
      this.log(`lint worker exited with code ${code}; it restarts with the next lint`);
      this.failPending(new Error(`lint worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }
}
