/**
 * Runs restarts one at a time. A restart asked for while one runs happens once more after it;
 * several asked for meanwhile share that one. Two overlapping restarts would start two servers
 * and register every command twice.
 */
export class SerialRestarts {
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;

  constructor(private readonly restartOnce: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.running.then(() => {
      this.queued = undefined;
      return this.restartOnce();
    });
    this.queued = next;
    // A failed restart must not stop the next one from running.
    this.running = next.catch(() => undefined);
    return next;
  }
}
