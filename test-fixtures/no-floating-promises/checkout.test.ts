import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';

describe('checkout (typed)', () => {
  it('totals the cart', async () => {
    assert.equal(await Promise.resolve(3), 3);
  });
});

test('payment flow (typed)', async (t) => {
  await t.test('authorizes', () => {});
  t.test('captures', () => {}); // asyncwise-expect: no-floating-promises
});
