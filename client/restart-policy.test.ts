import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestartPolicy } from './restart-policy';

describe('server restart backoff', () => {
  it('restarts at once, then backs off to 30 s, and forgives after a stable run', () => {
    let time = 0;
    const policy = new RestartPolicy(30_000, 180_000, () => time);
    const delays = Array.from({ length: 8 }, () => {
      time += 1000;
      return policy.nextDelay();
    });
    assert.deepEqual(delays, [0, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    time += 200_000;
    assert.equal(policy.nextDelay(), 0);
  });
});
