// crypto and zlib → promisify, Atomics.wait → waitAsync, busy waits → a timer.
// Every output must compile (checked below, beside the RuleTester's parse check).
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUntypedRuleTester } from '../testing/rule-tester';
import type { MessageIds } from './fix-context';
import rule, { type Options } from './no-blocking-in-async';
import { brokenOutputs } from './suggestion-outputs';

const blocking = (callee: string, instead: string) => ({ messageId: 'blockingCall' as const, data: { callee, instead } });

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    code: `import { pbkdf2Sync, randomBytes } from 'crypto';\nasync function hash(pw, n) { return [pbkdf2Sync(pw, 's', 1e5, 64, 'sha512'), randomBytes(n)]; }`,
    errors: [
      {
        ...blocking('crypto.pbkdf2Sync', 'util.promisify(crypto.pbkdf2)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(pbkdf2)' },
            output: `import { pbkdf2Sync, randomBytes, pbkdf2 } from 'crypto';\nimport { promisify } from 'util';\nasync function hash(pw, n) { return [await promisify(pbkdf2)(pw, 's', 1e5, 64, 'sha512'), randomBytes(n)]; }`,
          },
        ],
      },
      {
        ...blocking('crypto.randomBytes', 'util.promisify(crypto.randomBytes)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(randomBytes)' },
            output: `import { pbkdf2Sync, randomBytes } from 'crypto';\nimport { promisify } from 'util';\nasync function hash(pw, n) { return [pbkdf2Sync(pw, 's', 1e5, 64, 'sha512'), await promisify(randomBytes)(n)]; }`,
          },
        ],
      },
    ],
  },
  {
    code: `import crypto from 'crypto';\nasync function f(pw) { return crypto.scryptSync(pw, 'salt', 64); }`,
    errors: [
      {
        ...blocking('crypto.scryptSync', 'util.promisify(crypto.scrypt)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(crypto.scrypt)' },
            output: `import crypto from 'crypto';\nimport { promisify } from 'util';\nasync function f(pw) { return await promisify(crypto.scrypt)(pw, 'salt', 64) as Buffer; }`,
          },
        ],
      },
    ],
  },
  {
    // The type assertion is for TypeScript files only.
    code: `import crypto from 'crypto';\nasync function f(pw) { return crypto.scryptSync(pw, 'salt', 64); }`,
    filename: 'file.js',
    errors: [
      {
        ...blocking('crypto.scryptSync', 'util.promisify(crypto.scrypt)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(crypto.scrypt)' },
            output: `import crypto from 'crypto';\nimport { promisify } from 'util';\nasync function f(pw) { return await promisify(crypto.scrypt)(pw, 'salt', 64); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { generateKeyPairSync } from 'node:crypto';\nasync function f() { return generateKeyPairSync('ed25519'); }`,
    errors: [
      {
        ...blocking('crypto.generateKeyPairSync', 'util.promisify(crypto.generateKeyPair)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(generateKeyPair)' },
            output: `import { generateKeyPairSync, generateKeyPair } from 'node:crypto';\nimport { promisify } from 'node:util';\nasync function f() { return await promisify(generateKeyPair)('ed25519'); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import zlib from 'node:zlib';\nasync function pack(buf) { return zlib.gzipSync(buf); }`,
    errors: [
      {
        ...blocking('zlib.gzipSync', 'util.promisify(zlib.gzip)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(zlib.gzip)' },
            output: `import zlib from 'node:zlib';\nimport { promisify } from 'node:util';\nasync function pack(buf) { return await promisify(zlib.gzip)(buf); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { gunzipSync, gzip } from 'zlib';\nasync function f(b) { return gunzipSync(b); }`,
    errors: [
      {
        ...blocking('zlib.gunzipSync', 'util.promisify(zlib.gunzip)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(gunzip)' },
            output: `import { gunzipSync, gzip, gunzip } from 'zlib';\nimport { promisify } from 'util';\nasync function f(b) { return await promisify(gunzip)(b); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { promisify as p } from 'util';\nimport { inflateSync } from 'zlib';\nasync function f(b) { return inflateSync(b); }`,
    errors: [
      {
        ...blocking('zlib.inflateSync', 'util.promisify(zlib.inflate)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'p(inflate)' },
            output: `import { promisify as p } from 'util';\nimport { inflateSync, inflate } from 'zlib';\nasync function f(b) { return await p(inflate)(b); }`,
          },
        ],
      },
    ],
  },
  {
    // waitAsync(...).value is the same result string, now or as a promise.
    code: `async function f(a) { const r = Atomics.wait(a, 0, 0); return r === 'ok'; }`,
    errors: [
      {
        ...blocking('Atomics.wait', 'Atomics.waitAsync'),
        suggestions: [
          {
            messageId: 'useWaitAsync',
            output: `async function f(a) { const r = await Atomics.waitAsync(a, 0, 0).value; return r === 'ok'; }`,
          },
        ],
      },
    ],
  },
  {
    code: `import x from 'y';\nasync function f(ms) {\n  const start = Date.now();\n  while (Date.now() - start < ms);\n}`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `import x from 'y';\nimport { setTimeout } from 'node:timers/promises';\nasync function f(ms) {\n  await setTimeout(ms);\n}`,
          },
        ],
      },
    ],
  },
  {
    // The start time is used later: its declaration stays.
    code: `import x from 'y';\nasync function f(ms) {\n  const start = performance.now();\n  while (performance.now() - start < ms);\n  return performance.now() - start;\n}`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `import x from 'y';\nimport { setTimeout } from 'node:timers/promises';\nasync function f(ms) {\n  const start = performance.now();\n  await setTimeout(ms);\n  return performance.now() - start;\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `import x from 'y';\nasync function f() { const end = Date.now() + 100; do {} while (new Date().getTime() < end); }`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `import x from 'y';\nimport { setTimeout } from 'node:timers/promises';\nasync function f() { await setTimeout(100); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import x from 'y';\nasync function f(ms) { const end = Date.now() + ms; for (; Date.now() < end;) {} }`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `import x from 'y';\nimport { setTimeout } from 'node:timers/promises';\nasync function f(ms) { await setTimeout(ms); }`,
          },
        ],
      },
    ],
  },
  {
    // The global setTimeout is used in the file: the timer is imported under another name.
    code: `import x from 'y';\nasync function f(ms) { setTimeout(() => {}, 1); const end = Date.now() + ms; while (Date.now() < end) {} }`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'sleep' },
            output: `import x from 'y';\nimport { setTimeout as sleep } from 'node:timers/promises';\nasync function f(ms) { setTimeout(() => {}, 1); await sleep(ms); }`,
          },
        ],
      },
    ],
  },
  {
    // An existing timers/promises import is reused.
    code: `import { setTimeout as delay } from 'node:timers/promises';\nasync function f(ms) { const end = ms + Date.now(); while (Date.now() <= end) {} }`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'delay' },
            output: `import { setTimeout as delay } from 'node:timers/promises';\nasync function f(ms) { await delay(ms); }`,
          },
        ],
      },
    ],
  },
  {
    // The wait cannot be derived from the loop: reported without a fix.
    code: `import x from 'y';\nasync function f(end, ms) { while (Date.now() < end) {} const stop = Date.now() + ms; while (true) { if (Date.now() >= stop) break; } }`,
    errors: [
      { messageId: 'busyWait', suggestions: [] },
      { messageId: 'busyWait', suggestions: [] },
    ],
  },
  {
    code: `import x from 'y';\nasync function f(ms) { const end = Date.now() + ms; let now = Date.now(); while (now < end) { now = Date.now(); } }`,
    errors: [
      { messageId: 'busyWait', suggestions: [] },
    ],
  },
  {
    code: `import x from 'y';\nasync function f(flag, ms) { const end = Date.now() + ms; while (Atomics.load(flag, 0) === 0 && Date.now() < end); }`,
    errors: [
      { messageId: 'busyWait', suggestions: [] },
    ],
  },
];

createUntypedRuleTester().run('no-blocking-in-async fixes (promisify)', rule, { valid: [], invalid });

describe('no-blocking-in-async fixes (promisify): suggestion outputs compile', () => {
  it('declares every name it uses, before use, and uses only what modules export', () => {
    assert.deepEqual(brokenOutputs(invalid, false), []);
  });
});
