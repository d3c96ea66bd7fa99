/**
 * When to bring a crashed server back: at once the first time, then after 1 s, 2 s, 4 s … up to
 * 30 s while it keeps crashing; a server that stayed up for 3 minutes starts the count afresh.
 */
export class RestartPolicy {
  private crashes = 0;
  private lastCrash = 0;

  constructor(
    private readonly maxDelayMs = 30_000,
    private readonly stableAfterMs = 180_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The delay before the next restart. */
  nextDelay(): number {
    const time = this.now();
    if (time - this.lastCrash > this.stableAfterMs) this.crashes = 0;
    this.lastCrash = time;
    this.crashes += 1;
    return this.crashes === 1 ? 0 : Math.min(this.maxDelayMs, 1000 * 2 ** (this.crashes - 2));
  }
}
