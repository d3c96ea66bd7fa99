import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { createTypedRuleTester } from '../testing/rule-tester';
import rule from './prefer-promise-all';
import { typeErrors } from '../testing/compile-in-memory';

type MessageIds = 'sequentialAwaits' | 'sequentialLoop' | 'usePromiseAll' | 'mapWithPromiseAll';

const api = [
  'interface User { id: string; teamId: string }',
  'interface Order { total: number }',
  'declare function getUser(id: string): Promise<User>;',
  'declare function getOrders(id: string): Promise<Order[]>;',
  'declare function getTitle(url: string): Promise<string>;',
  '',
].join('\n');

const valid = [
  // Awaiting a value that is not a promise costs nothing.
  `declare function readA(): number;\ndeclare function readB(): string;\nexport async function f() { const a = await readA(); const b = await readB(); return [a, b]; }`,
  // Known by its type only: one database session.
  `interface DbSession { query(sql: string): Promise<number> }\nexport async function f(s: DbSession) { const a = await s.query('SELECT 1'); const b = await s.query('SELECT 2'); return a + b; }`,
  `import type { Readable } from 'node:stream';\ndeclare function readHeader(r: Readable): Promise<string>;\nexport async function f(r: Readable) { const a = await readHeader(r); const b = await readHeader(r); return a + b; }`,
  // Loops over values that are not promises.
  `export async function f(ids: string[], out: Record<string, number>) { for (const id of ids) out[id] = await id.length; }`,
].map((code) => ({ code, filename: 'file.ts' }));

const cases: Omit<InvalidTestCase<MessageIds, []>, 'filename'>[] = [
  {
    // Type annotations become one tuple type.
    code: `${api}export async function f(id: string) {\n  const user: User = await getUser(id);\n  const orders: Order[] = await getOrders(id);\n  return { user, orders };\n}`,
    errors: [
      {
        messageId: 'sequentialAwaits',
        data: { count: 2 },
        suggestions: [
          {
            messageId: 'usePromiseAll',
            output: `${api}export async function f(id: string) {\n  const [user, orders]: [User, Order[]] = await Promise.all([getUser(id), getOrders(id)]);\n  return { user, orders };\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `${api}export async function f(id: string) {\n  const { teamId } = await getUser(id);\n  const [first] = await getOrders(id);\n  return [teamId, first];\n}`,
    errors: [
      {
        messageId: 'sequentialAwaits',
        suggestions: [
          {
            messageId: 'usePromiseAll',
            output: `${api}export async function f(id: string) {\n  const [{ teamId }, [first]] = await Promise.all([getUser(id), getOrders(id)]);\n  return [teamId, first];\n}`,
          },
        ],
      },
    ],
  },
  {
    // Spread arguments keep the parameter types.
    code: `${api}declare function show(u: User, o: Order[]): string;\nexport async function f(id: string) {\n  return show(await getUser(id), await getOrders(id));\n}`,
    errors: [
      {
        messageId: 'sequentialAwaits',
        suggestions: [
          {
            messageId: 'usePromiseAll',
            output: `${api}declare function show(u: User, o: Order[]): string;\nexport async function f(id: string) {\n  return show(...(await Promise.all([getUser(id), getOrders(id)])));\n}`,
          },
        ],
      },
    ],
  },
  {
    // Class fields.
    code: `${api}export class Page {\n  user?: User;\n  orders?: Order[];\n  async load(id: string) {\n    this.user = await getUser(id);\n    this.orders = await getOrders(id);\n  }\n}`,
    errors: [
      {
        messageId: 'sequentialAwaits',
        suggestions: [
          {
            messageId: 'usePromiseAll',
            output: `${api}export class Page {\n  user?: User;\n  orders?: Order[];\n  async load(id: string) {\n    [this.user, this.orders] = await Promise.all([getUser(id), getOrders(id)]);\n  }\n}`,
          },
        ],
      },
    ],
  },
  {
    // An array by its type: `.map`; the typed results array keeps its annotation.
    code: `${api}export async function f(urls: readonly string[]) {\n  const titles: string[] = [];\n  for (const url of urls) {\n    titles.push(await getTitle(url));\n  }\n  return titles;\n}`,
    errors: [
      {
        messageId: 'sequentialLoop',
        suggestions: [
          {
            messageId: 'mapWithPromiseAll',
            output: `${api}export async function f(urls: readonly string[]) {\n  const titles: string[] = await Promise.all(urls.map(async (url) => {\n    return await getTitle(url);\n  }));\n  return titles;\n}`,
          },
        ],
      },
    ],
  },
  {
    // A Set is not an array: `Array.from`.
    code: `${api}export async function f(urls: Set<string>) {\n  const titles = new Map<string, string>();\n  for (const url of urls) {\n    titles.set(url, await getTitle(url));\n  }\n  return titles.get('home');\n}`,
    errors: [
      {
        messageId: 'sequentialLoop',
        suggestions: [
          {
            messageId: 'mapWithPromiseAll',
            output: `${api}export async function f(urls: Set<string>) {\n  const titles = new Map<string, string>();\n  await Promise.all(Array.from(urls, async (url) => {\n    titles.set(url, await getTitle(url));\n  }));\n  return titles.get('home');\n}`,
          },
        ],
      },
    ],
  },
  {
    // An index loop over an array, pushing into an array that has items already.
    code: `${api}export async function f(ids: string[], all: User[]) {\n  for (let i = 0; i < ids.length; i++) {\n    const user = await getUser(ids[i]!);\n    all.push(user);\n  }\n}`,
    errors: [
      {
        messageId: 'sequentialLoop',
        suggestions: [
          {
            messageId: 'mapWithPromiseAll',
            output: `${api}export async function f(ids: string[], all: User[]) {\n  all.push(...(await Promise.all(ids.map(async (_, i) => {\n    const user = await getUser(ids[i]!);\n    return user;\n  }))));\n}`,
          },
        ],
      },
    ],
  },
];
const invalid: InvalidTestCase<MessageIds, []>[] = cases.map((testCase) => ({ ...testCase, filename: 'file.ts' }));

createTypedRuleTester().run('prefer-promise-all (typed)', rule, { valid, invalid });

describe('prefer-promise-all suggestion outputs', () => {
  it('type-check, like the code they replace', () => {
    const outputs = invalid.flatMap((testCase) => testCase.errors.flatMap((error) => (error.suggestions ?? []).map((s) => s.output)));
    const texts = [...valid.map((testCase) => testCase.code), ...invalid.map((testCase) => testCase.code), ...outputs];
    typeErrors(texts).forEach((errors, index) => assert.equal(errors, '', `type-checks:\n${texts[index]}`));
  });
});
