import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { createTypedRuleTester } from '../testing/rule-tester';
import rule, { type MessageIds } from './no-async-array-callback';
import { typeErrors } from '../testing/compile-in-memory';

const save = 'declare function save(x: string): Promise<void>;\n';
const user = 'interface User { id: string }\ndeclare function isActive(u: User): Promise<boolean>;\n';

const valid = [
  // A forEach of the project's own that awaits its callback.
  `${save}class Batch<T> {\n  constructor(private items: T[]) {}\n  async forEach(fn: (x: T) => Promise<void>): Promise<void> { for (const x of this.items) await fn(x); }\n}\nexport async function f(batch: Batch<string>) { await batch.forEach(async (x) => { await save(x); }); }`,
  // Node streams' forEach/filter await async callbacks.
  `import { Readable } from 'node:stream';\n${save}export async function f() { await Readable.from(['a']).forEach(async (x) => { await save(String(x)); }); }`,
  // A query builder whose filter takes async predicates.
  `interface Query<T> { filter(fn: (x: T) => Promise<boolean>): Promise<T[]> }\n${user}export async function f(q: Query<User>) { return q.filter(async (u) => isActive(u)); }`,
  // Callbacks that return no promise.
  `${save}export function f(items: string[], counts: Map<string, number>) { items.forEach((x) => counts.set(x, 1)); }`,
  `${save}export function f(items: string[]) { items.forEach((x) => { void save(x); }); }`,
  `export function f(items: string[]) { items.forEach(console.log); }`,
  // An awaited accumulator.
  `declare function price(x: string): Promise<number>;\nexport function f(items: string[]) { return items.reduce(async (acc, x) => (await acc) + (await price(x)), Promise.resolve(0)); }`,
  // map's promises are meant to be awaited.
  `${save}export async function f(items: string[]) { await Promise.all(items.map(async (x) => save(x))); }`,
].map((code) => ({ code, filename: 'file.ts' }));

const invalidCases: InvalidTestCase<MessageIds, []>[] = [
  {
    // Type annotations on parameters do not belong in a for...of head.
    code: `${save}export async function f(items: string[]) {\n  items.forEach(async (x: string) => {\n    await save(x);\n  });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(items: string[]) {\n  for (const x of items) {\n    await save(x);\n  }\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(items: string[]) {\n  await Promise.all(items.map(async (x: string) => {\n    await save(x);\n  }));\n}` },
        ],
      },
    ],
  },
  {
    code: `declare function put(key: string, value: number): Promise<void>;\nexport async function f(m: Map<string, number>) {\n  m.forEach(async (value: number, key: string) => { await put(key, value); });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        suggestions: [
          { messageId: 'runSequentially', output: `declare function put(key: string, value: number): Promise<void>;\nexport async function f(m: Map<string, number>) {\n  for (const [key, value] of m) { await put(key, value); }\n}` },
          { messageId: 'runConcurrently', output: `declare function put(key: string, value: number): Promise<void>;\nexport async function f(m: Map<string, number>) {\n  await Promise.all(Array.from(m, async ([key, value]) => { await put(key, value); }));\n}` },
        ],
      },
    ],
  },
  {
    code: `${save}export async function f(s: ReadonlySet<string>, bytes: Uint8Array) {\n  s.forEach(async (x) => { await save(x); });\n  bytes.forEach(async (b) => { await save(String(b)); });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        line: 3,
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(s: ReadonlySet<string>, bytes: Uint8Array) {\n  for (const x of s) { await save(x); }\n  bytes.forEach(async (b) => { await save(String(b)); });\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(s: ReadonlySet<string>, bytes: Uint8Array) {\n  await Promise.all(Array.from(s, async (x) => { await save(x); }));\n  bytes.forEach(async (b) => { await save(String(b)); });\n}` },
        ],
      },
      {
        // Uint8Array#map would turn the promises into numbers: Array.from instead.
        messageId: 'forEachCallback',
        line: 4,
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(s: ReadonlySet<string>, bytes: Uint8Array) {\n  s.forEach(async (x) => { await save(x); });\n  for (const b of bytes) { await save(String(b)); }\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(s: ReadonlySet<string>, bytes: Uint8Array) {\n  s.forEach(async (x) => { await save(x); });\n  await Promise.all(Array.from(bytes, async (b) => { await save(String(b)); }));\n}` },
        ],
      },
    ],
  },
  {
    // A tuple with the index parameter; a union of collections iterates values().
    code: `${save}export async function f(pair: [string, string], mixed: string[] | Set<string>) {\n  pair.forEach(async (x, i) => { await save(x + i); });\n  mixed.forEach(async (x) => { await save(x); });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        line: 3,
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(pair: [string, string], mixed: string[] | Set<string>) {\n  for (const [i, x] of pair.entries()) { await save(x + i); }\n  mixed.forEach(async (x) => { await save(x); });\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(pair: [string, string], mixed: string[] | Set<string>) {\n  await Promise.all(pair.map(async (x, i) => { await save(x + i); }));\n  mixed.forEach(async (x) => { await save(x); });\n}` },
        ],
      },
      {
        messageId: 'forEachCallback',
        line: 4,
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(pair: [string, string], mixed: string[] | Set<string>) {\n  pair.forEach(async (x, i) => { await save(x + i); });\n  for (const x of mixed.values()) { await save(x); }\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(pair: [string, string], mixed: string[] | Set<string>) {\n  pair.forEach(async (x, i) => { await save(x + i); });\n  await Promise.all(Array.from(mixed.values(), async (x) => { await save(x); }));\n}` },
        ],
      },
    ],
  },
  {
    // With types, a plain callback that returns a promise, and a promise-returning function by name.
    code: `${save}export async function f(items: readonly string[]) {\n  items.forEach((x) => save(x));\n  items.forEach(save);\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        line: 3,
        suggestions: [
          { messageId: 'runSequentially', output: `${save}export async function f(items: readonly string[]) {\n  for (const x of items) { await save(x); }\n  items.forEach(save);\n}` },
          { messageId: 'runConcurrently', output: `${save}export async function f(items: readonly string[]) {\n  await Promise.all(items.map((x) => save(x)));\n  items.forEach(save);\n}` },
        ],
      },
      {
        messageId: 'forEachCallback',
        line: 4,
        suggestions: [
          { messageId: 'runConcurrently', output: `${save}export async function f(items: readonly string[]) {\n  items.forEach((x) => save(x));\n  await Promise.all(items.map(save));\n}` },
        ],
      },
    ],
  },
  {
    // Returning a non-promise is evaluated, not awaited.
    code: `${save}declare function log(x: string): void;\nexport async function f(items: string[]) {\n  items.forEach(async (x) => {\n    if (!x) return log(x);\n    await save(x);\n  });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        suggestions: [
          { messageId: 'runSequentially', output: `${save}declare function log(x: string): void;\nexport async function f(items: string[]) {\n  for (const x of items) {\n    if (!x) { log(x); continue; }\n    await save(x);\n  }\n}` },
          { messageId: 'runConcurrently', output: `${save}declare function log(x: string): void;\nexport async function f(items: string[]) {\n  await Promise.all(items.map(async (x) => {\n    if (!x) return log(x);\n    await save(x);\n  }));\n}` },
        ],
      },
    ],
  },
  {
    code: `${user}export async function active(users: User[]): Promise<User[]> {\n  const result = users.filter(async (u) => isActive(u));\n  return result;\n}`,
    errors: [
      {
        messageId: 'predicateCallback',
        data: { method: 'filter' },
        suggestions: [
          {
            messageId: 'awaitChecksFirst',
            data: { method: 'filter' },
            output: `${user}export async function active(users: User[]): Promise<User[]> {\n  const resultFlags = await Promise.all(users.map(async (u) => isActive(u)));\n  const result = users.filter((_, i) => resultFlags[i]);\n  return result;\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `${user}export async function anyActive(users: User[]): Promise<User | undefined> {\n  if (await users.some(async (u) => isActive(u))) return undefined;\n  return users.find(async (u) => isActive(u));\n}`,
    errors: [
      {
        messageId: 'predicateCallback',
        data: { method: 'some' },
        suggestions: [
          {
            messageId: 'awaitChecksFirst',
            data: { method: 'some' },
            output: `${user}export async function anyActive(users: User[]): Promise<User | undefined> {\n  if ((await Promise.all(users.map(async (u) => isActive(u)))).some(Boolean)) return undefined;\n  return users.find(async (u) => isActive(u));\n}`,
          },
        ],
      },
      {
        messageId: 'predicateCallback',
        data: { method: 'find' },
        suggestions: [
          {
            messageId: 'awaitChecksFirst',
            data: { method: 'find' },
            output: `${user}export async function anyActive(users: User[]): Promise<User | undefined> {\n  if (await users.some(async (u) => isActive(u))) return undefined;\n  const matches = await Promise.all(users.map(async (u) => isActive(u)));\n  return users.find((_, i) => matches[i]);\n}`,
          },
        ],
      },
    ],
  },
  {
    // No rewrite for comparators and accumulators: the fix depends on what they compute.
    // (TypeScript rejects most async reducers; an `any` accumulator gets through.)
    code: `declare function rank(a: string, b: string): Promise<number>;\ndeclare function load(x: string): Promise<number>;\nexport async function f(items: string[]) {\n  const sorted = [...items].sort(async (a, b) => rank(a, b));\n  const totals = await items.reduce(async (acc: any, x) => { acc[x] = await load(x); return acc; }, {});\n  return [sorted, totals];\n}`,
    errors: [
      { messageId: 'comparatorCallback', data: { method: 'sort' }, suggestions: [] },
      { messageId: 'reduceCallback', data: { method: 'reduce' }, suggestions: [] },
    ],
  },
  {
    // `any` says nothing: the syntactic reading applies.
    code: `${save}declare const data: any;\nexport async function f() {\n  data.forEach(async (x: string) => { await save(x); });\n}`,
    errors: [
      {
        messageId: 'forEachCallback',
        suggestions: [
          { messageId: 'runSequentially', output: `${save}declare const data: any;\nexport async function f() {\n  for (const x of data.values()) { await save(x); }\n}` },
          { messageId: 'runConcurrently', output: `${save}declare const data: any;\nexport async function f() {\n  await Promise.all(Array.from(data.values(), async (x: string) => { await save(x); }));\n}` },
        ],
      },
    ],
  },
];
const invalid = invalidCases.map((testCase) => ({ ...testCase, filename: 'file.ts' }));

createTypedRuleTester().run('no-async-array-callback (typed)', rule, { valid, invalid });

describe('no-async-array-callback: typed suggestion outputs type-check', () => {
  const outputs = invalid.flatMap((testCase) =>
    (typeof testCase.errors === 'number' ? [] : testCase.errors).flatMap((error) =>
      (error.suggestions ?? []).map((suggestion) => suggestion.output),
    ),
  );
  // Inputs are not held to it: TypeScript itself rejects some of these bugs (an async comparator).
  it('compiles every output (and the valid cases) without errors', () => {
    const texts = [...valid.map((testCase) => testCase.code), ...outputs];
    const errors = typeErrors(texts);
    texts.forEach((text, index) => assert.equal(errors[index], '', text));
    assert.ok(outputs.length >= 20, 'the typed cases carry their outputs');
  });
});
