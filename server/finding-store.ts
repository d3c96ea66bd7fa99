import type { AsyncwiseDiagnostic } from './diagnostics';

interface Findings {
  version: number;
  diagnostics: AsyncwiseDiagnostic[];
}

interface Waiter {
  version: number;
  resolve: (diagnostics: AsyncwiseDiagnostic[]) => void;
}

/**
 * The latest findings per document, for hovers, fix-all and pulled diagnostics. A pull for a
 * version that is still being linted waits here until that version's findings arrive.
 */
export class FindingStore {
  private readonly latest = new Map<string, Findings>();
  private readonly waiters = new Map<string, Waiter[]>();

  get(uri: string): Findings | undefined {
    return this.latest.get(uri);
  }

  /** Stores the findings; returns how many waiting requests they answered. */
  set(uri: string, version: number, diagnostics: AsyncwiseDiagnostic[]): number {
    this.latest.set(uri, { version, diagnostics });
    const waiting = this.waiters.get(uri) ?? [];
    // A newer result answers older requests too: their text is gone from the editor anyway.
    const answered = waiting.filter((waiter) => waiter.version <= version);
    this.waiters.set(uri, waiting.filter((waiter) => waiter.version > version));
    for (const waiter of answered) waiter.resolve(diagnostics);
    return answered.length;
  }

  /**
   * Findings for `version`, now if known (unless `fresh`: a lint of the same text is under way
   * and its result is wanted), else when they arrive; [] when the document closes.
   */
  waitFor(
    uri: string,
    version: number,
    cancelled: (onCancel: () => void) => void,
    fresh = false,
  ): Promise<AsyncwiseDiagnostic[]> {
    const known = this.latest.get(uri);
    if (!fresh && known && known.version >= version) return Promise.resolve(known.diagnostics);
    return new Promise((resolve) => {
      const waiter: Waiter = { version, resolve };
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
      cancelled(() => {
        this.waiters.set(uri, (this.waiters.get(uri) ?? []).filter((other) => other !== waiter));
        resolve(this.latest.get(uri)?.diagnostics ?? []);
      });
    });
  }

  delete(uri: string): void {
    this.latest.delete(uri);
    for (const waiter of this.waiters.get(uri) ?? []) waiter.resolve([]);
    this.waiters.delete(uri);
  }
}
