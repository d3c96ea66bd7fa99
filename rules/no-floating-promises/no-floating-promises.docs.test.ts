// typescript-eslint's published no-floating-promises examples (its docs page), run through our rule
// with types. Where we differ from typescript-eslint's defaults, the case says so and why.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTypedRuleTester } from '../testing/rule-tester';
import rule, { type MessageIds, type Options } from './no-floating-promises';
import { suggestionOutputProblems } from './suggestion-outputs';

const incorrect = [
  `const promise = new Promise((resolve, reject) => resolve('value'));`,
  `promise;`,
  ``,
  `async function returnsPromise() {`,
  `  return 'value';`,
  `}`,
  `returnsPromise().then(() => {});`,
  ``,
  `Promise.reject('value').catch();`,
  ``,
  `Promise.reject('value').finally();`,
  ``,
  `[1, 2, 3].map(async x => x + 1);`,
].join('\n');

/** `code` with the `line`th line (1-based) replaced. */
function withLine(code: string, line: number, text: string): string {
  const lines = code.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

const iife = `declare function res(n: number): Promise<void>;\n(async function () {\n  await res(1);\n})();`;
const branded = `type UnsafePromise = Promise<number> & { __linterBrands?: string };\nlet promise: UnsafePromise = Promise.resolve(2);\npromise;`;
const thenables = [
  `declare function createPromiseLike(): PromiseLike<string>;`,
  `createPromiseLike();`,
  `interface MyThenable {`,
  `  then(onFulfilled: () => void, onRejected: () => void): MyThenable;`,
  `}`,
  `declare function createMyThenable(): MyThenable;`,
  `createMyThenable();`,
].join('\n');

const valid = [
  // "Correct" (top-level await left out: the typed fixture project is CommonJS).
  [
    `const promise = new Promise((resolve, reject) => resolve('value'));`,
    `export async function f() {`,
    `  await promise;`,
    `  await Promise.reject('value').finally(() => {});`,
    `  await Promise.all([1, 2, 3].map(async x => x + 1));`,
    `}`,
    `async function returnsPromise() {`,
    `  return 'value';`,
    `}`,
    `void returnsPromise();`,
    `returnsPromise().then(`,
    `  () => {},`,
    `  () => {},`,
    `);`,
    `Promise.reject('value').catch(() => {});`,
  ].join('\n'),
  // ignoreVoid: true is our default too.
  `async function returnsPromise() {\n  return 'value';\n}\nvoid returnsPromise();\n\nvoid Promise.reject('value');`,
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    // "Incorrect": all five reported, as typescript-eslint does.
    code: incorrect,
    errors: [
      {
        messageId: 'floating',
        line: 2,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: withLine(incorrect, 2, 'promise.catch(console.error);') },
          { messageId: 'addVoid', output: withLine(incorrect, 2, 'void promise;') },
        ],
      },
      {
        messageId: 'floatingThen',
        line: 7,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: withLine(incorrect, 7, 'returnsPromise().then(() => {}).catch(console.error);') },
          { messageId: 'addVoid', output: withLine(incorrect, 7, 'void returnsPromise().then(() => {});') },
        ],
      },
      {
        messageId: 'floatingCatchNoHandler',
        line: 9,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: withLine(incorrect, 9, `Promise.reject('value').catch(console.error);`) },
        ],
      },
      {
        messageId: 'floatingFinally',
        line: 11,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: withLine(incorrect, 11, `Promise.reject('value').finally().catch(console.error);`) },
          { messageId: 'addVoid', output: withLine(incorrect, 11, `void Promise.reject('value').finally();`) },
        ],
      },
      {
        messageId: 'floatingArray',
        line: 13,
        suggestions: [
          {
            messageId: 'wrapAllCatch',
            data: { handler: 'console.error' },
            output: withLine(incorrect, 13, 'Promise.all([1, 2, 3].map(async x => x + 1)).catch(console.error);'),
          },
        ],
      },
    ],
  },
  {
    // ignoreIIFE: we have no such option. An async IIFE is a dropped promise like any other; one
    // whose body catches its own failures is not reported at all, so the option is not needed.
    code: iife,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: iife.replace('})();', '})().catch(console.error);') },
          { messageId: 'addVoid', output: iife.replace('(async function', 'void (async function') },
        ],
      },
    ],
  },
  {
    // allowForKnownSafePromises: we allow calls by where they come from (`knownSafeCalls`), not
    // promise types by name, so a branded promise is still a promise.
    code: branded,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: branded.replace(/promise;$/, 'promise.catch(console.error);') },
          { messageId: 'addVoid', output: branded.replace(/promise;$/, 'void promise;') },
        ],
      },
    ],
  },
  {
    // checkThenables: on by default here (typescript-eslint: off). `PromiseLike` has no `.catch`,
    // so only `void` is offered outside async code.
    code: thenables,
    errors: [
      { messageId: 'floating', line: 2, suggestions: [{ messageId: 'addVoid', output: thenables.replace('\ncreatePromiseLike();', '\nvoid createPromiseLike();') }] },
      { messageId: 'floating', line: 7, suggestions: [{ messageId: 'addVoid', output: thenables.replace('\ncreateMyThenable();', '\nvoid createMyThenable();') }] },
    ],
  },
];

createTypedRuleTester().run('no-floating-promises: typescript-eslint docs examples', rule, { valid, invalid });

describe('no-floating-promises: typescript-eslint docs examples', () => {
  it('suggestion outputs type-check', () => {
    assert.deepEqual(suggestionOutputProblems({ untyped: [], typed: invalid }), []);
  });
});
