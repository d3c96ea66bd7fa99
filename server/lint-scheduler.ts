import type { LintJob, LintJobResult } from './worker-protocol';

/** What a lint needs besides the text; undefined means "do not lint this document". */
export type JobFactory = (uri: string) => Promise<Omit<LintJob, 'id' | 'text'> | undefined>;

export interface DocumentSnapshot {
  version: number;
  text: string;
}

interface UriState {
  timer?: NodeJS.Timeout;
  /** The version being linted right now. */
  inFlight?: number;
  /** A newer version arrived while one was being linted. */
  rerun?: boolean;
  /** The version whose lint failed once; a second failure of it is not retried. */
  failedVersion?: number;
}

/**
 * Decides when each open document is linted: debounces bursts of edits into one lint of the
 * latest text, never runs two lints of one document at once, and drops every result whose
 * version the editor no longer has.
 */
export class LintScheduler {
  private readonly states = new Map<string, UriState>();

  constructor(
    private readonly run: (job: Omit<LintJob, 'id'>, onPartial: (result: LintJobResult) => void) => Promise<LintJobResult>,
    private readonly snapshot: (uri: string) => DocumentSnapshot | undefined,
    private readonly createJob: JobFactory,
    private readonly deliver: (uri: string, version: number, result: LintJobResult) => void,
    private readonly onError: (uri: string, error: Error) => void,
  ) {}

  schedule(uri: string, delayMs: number): void {
    const state = this.stateOf(uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.start(uri);
    }, delayMs);
  }

  /** Forgets a closed document: pending work is cancelled and late results are dropped. */
  forget(uri: string): void {
    clearTimeout(this.states.get(uri)?.timer);
    this.states.delete(uri);
  }

  /** True while `uri` has a lint waiting or running. */
  hasWork(uri: string): boolean {
    const state = this.states.get(uri);
    return state !== undefined && (state.timer !== undefined || state.inFlight !== undefined);
  }

  /** True while any document has a lint waiting or running. */
  get busy(): boolean {
    return [...this.states.values()].some((state) => state.timer !== undefined || state.inFlight !== undefined);
  }

  private stateOf(uri: string): UriState {
    let state = this.states.get(uri);
    if (!state) {
      state = {};
      this.states.set(uri, state);
    }
    return state;
  }

  private start(uri: string): void {
    const state = this.states.get(uri);
    const document = this.snapshot(uri);
    if (!state || !document) return;
    if (state.inFlight !== undefined) {
      state.rerun = true;
      return;
    }
    state.inFlight = document.version;
    state.rerun = false;
    void this.lint(uri, state, document);
  }

  private async lint(uri: string, state: UriState, document: DocumentSnapshot): Promise<void> {
    try {
      const job = await this.createJob(uri);
      if (job) {
        const result = await this.run({ ...job, text: document.text }, (partial) => {
          if (this.isCurrent(uri, state, document.version)) this.deliver(uri, document.version, partial);
        });
        if (this.isCurrent(uri, state, document.version)) this.deliver(uri, document.version, result);
      }
    } catch (error) {
      if (this.states.get(uri) === state) this.onError(uri, error instanceof Error ? error : new Error(String(error)));
      // A dead worker loses the job: lint the same text once more, but not forever.
      state.rerun = state.failedVersion !== document.version;
      state.failedVersion = document.version;
    } finally {
      state.inFlight = undefined;
      const latest = this.snapshot(uri);
      if (this.states.get(uri) === state && (state.rerun || (latest && latest.version !== document.version))) {
        this.start(uri);
      }
    }
  }

  private isCurrent(uri: string, state: UriState, version: number): boolean {
    return this.states.get(uri) === state && this.snapshot(uri)?.version === version;
  }
}
