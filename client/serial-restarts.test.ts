import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SerialRestarts } from './serial-restarts';

describe('server restarts', () => {
  it('never overlap, and requests made during one restart share the next', async () => {
    const events: string[] = [];
    let count = 0;
    const restarts = new SerialRestarts(async () => {
      const id = ++count;
      events.push(`start ${id}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push(`end ${id}`);
    });
    const first = restarts.request();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Asked for twice while the first runs (a setting switched to ko and straight back).
    const second = restarts.request();
    const third = restarts.request();
    assert.equal(second, third);
    await Promise.all([first, second, third]);
    assert.deepEqual(events, ['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs the next restart after a failed one', async () => {
    let calls = 0;
    const restarts = new SerialRestarts(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('server did not start')) : Promise.resolve();
    });
    await assert.rejects(restarts.request(), /did not start/);
    await restarts.request();
    assert.equal(calls, 2);
  });
});
