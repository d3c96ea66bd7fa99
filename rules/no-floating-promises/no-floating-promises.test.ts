import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createTypedRuleTester, createUntypedRuleTester } from '../testing/rule-tester';
import rule, { type MessageIds, type Options } from './no-floating-promises';
import { suggestionOutputProblems } from './suggestion-outputs';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** `code` with its one occurrence of `target` replaced. */
function replaceOnce(code: string, target: string, replacement: string): string {
  const at = code.indexOf(target);
  if (at < 0 || code.indexOf(target, at + 1) >= 0) throw new Error(`\`${target}\` must occur once in:\n${code}`);
  return code.slice(0, at) + replacement + code.slice(at + target.length);
}

/** The suggestions outside async code: `.catch(console.error)` after `target`, or `void` before it. */
function catchOrVoid(code: string, target: string): NonNullable<Invalid['errors'][number]['suggestions']> {
  return [
    { messageId: 'addCatch', data: { handler: 'console.error' }, output: replaceOnce(code, target, `${target}.catch(console.error)`) },
    { messageId: 'addVoid', output: replaceOnce(code, target, `void ${target}`) },
  ];
}

/** The suggestions inside async code: `await` or `void` before `target`. */
function awaitOrVoid(code: string, target: string): NonNullable<Invalid['errors'][number]['suggestions']> {
  return [
    { messageId: 'addAwait', output: replaceOnce(code, target, `await ${target}`) },
    { messageId: 'addVoid', output: replaceOnce(code, target, `void ${target}`) },
  ];
}

const nodePromiseApis = [
  `import { readFile } from 'node:fs/promises';`,
  `import * as fsp from 'fs/promises';`,
  `import fs, { promises as p } from 'node:fs';`,
  `import { setTimeout as sleep } from 'node:timers/promises';`,
  `import { pipeline } from 'node:stream/promises';`,
  `import { promisify } from 'node:util';`,
  `const exec = promisify(require('child_process').exec);`,
  `export function f(a, b) {`,
  `  readFile('a'); fsp.writeFile('b', ''); fs.promises.rm('c'); p.mkdir('d'); require('fs').promises.stat('e');`,
  `  sleep(10); pipeline(a, b); exec('ls'); import('./x.js');`,
  `  return 1;`,
  `}`,
].join('\n');
const nodePromiseCalls = [
  `readFile('a')`, `fsp.writeFile('b', '')`, `fs.promises.rm('c')`, `p.mkdir('d')`, `require('fs').promises.stat('e')`,
  `sleep(10)`, `pipeline(a, b)`, `exec('ls')`, `import('./x.js')`,
];

const localFunctions = [
  `function delay(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }`,
  `const api = { async get() {} };`,
  `class Repo {`,
  `  async save() {}`,
  `  static async open() {}`,
  `  async #run() {}`,
  `  flush() { this.#run(); this.save(); Repo.open(); }`,
  `}`,
  `export function f() { delay(10); api.get(); new Repo().save(); return 1; }`,
].join('\n');

const relativeImports = `import { saveOrder } from './db.js';\nimport * as db from './db.js';\nexport function f(o) { saveOrder(o); db.deleteOrder(o.id); return o; }`;
const requiredRelative = `const db = require('./db.js');\nmodule.exports = function f(o) { db.saveOrder(o); return o; };`;
const thenWithoutCatch = `function f(p) { p.then(render); }`;
const combinators = `async function f() { Promise.race([fetch('/a'), fetch('/b')]); Promise.allSettled([]); Promise.any([]); }`;
const bothBranches = `function f(cond) { cond ? fetch('/a') : fetch('/b'); }\nconst promise = new Promise((resolve) => resolve(1));\npromise;`;
const presetOff = `import { describe } from 'node:test';\ndescribe('s', () => {});\nfetch('/a');\nPromise.resolve(1);`;

const knexInsert = [
  `interface Query extends PromiseLike<number[]> { where(sql: string): Query; }`,
  `declare const knex: { insert(row: object): Query };`,
  `export function f(): void { knex.insert({ id: 1 }); }`,
].join('\n');
const chains = `declare function load(): Promise<string>;\ndeclare const noHandler: undefined;\nload().then((text) => text.length);\nload().finally(() => {});\nload().catch(noHandler);`;

const selfHandlingGaps = [
  `async function first() { await fetch('/a'); try { await fetch('/b'); } catch {} }`,
  `async function second() { try { await fetch('/b'); } catch (error) { log(error); throw error; } }`,
  `async function third() { try { await fetch('/b'); } catch {} return fetch('/c'); }`,
  `const a = first, b = second, c = third;`,
  `export function f() { a(); b(); c(); return 1; }`,
].join('\n');
const typedWithoutProgram = [
  `declare function send(message: string): Promise<void>;`,
  `declare function format(message: string): string;`,
  `function flush(force?: boolean): Promise<void> { return queue.drain(force); }`,
  `export function f(): void { send('x'); flush(); format('y'); }`,
].join('\n');

/** A file beside `db.js` in the fixtures, so relative imports resolve without types. */
const jobsFile = path.resolve('test-fixtures/no-floating-promises/jobs.js');

const untypedValid = [
  // Awaited, returned, stored and used, passed on.
  `async function f() { await fetch('/a'); }`,
  `function f() { return fetch('/a'); }`,
  `const f = () => fetch('/a');`,
  `async function f() { const p = fetch('/a'); doOther(); return await p; }`,
  `function f(track) { const p = fetch('/a'); track(p); }`,
  `function f(list) { list.push(fetch('/a')); }`,
  `async function f(items) { await Promise.all(items.map(async (x) => x)); }`,
  `async function f(items) { const ps = items.map(async (x) => x); return Promise.allSettled(ps); }`,
  // Handled with .catch / .then(_, onRejected), also after .finally.
  `fetch('/a').catch(console.error);`,
  `fetch('/a').then((r) => r.json()).catch((e) => report(e));`,
  `fetch('/a').then(() => {}, () => {});`,
  `fetch('/a').catch(report).finally(() => done());`,
  // Marked with void (ignoreVoid: true).
  `async function save() {} void save();`,
  `void Promise.reject(new Error('x'));`,
  // Unknown calls are never guessed at without types.
  `function f(db) { db.query('select 1'); client.send(); }`,
  `function f(emitter) { emitter.emit('x'); }`,
  `import { readFileSync } from 'node:fs'; readFileSync('a');`,
  `import fs from 'node:fs'; fs.readFile('a', () => {});`,
  `import { setTimeout } from 'node:timers'; setTimeout(() => {}, 1);`,
  `import { setInterval } from 'node:timers/promises'; const ticks = setInterval(10); for await (const t of ticks) {}`,
  // A local that shadows a global promise API.
  `function f(fetch) { fetch('/a'); }`,
  `function f() { const Promise = makeFake(); Promise.all([]); new Promise(() => {}); }`,
  // Generators are not promises.
  `async function* gen() {} gen();`,
  // A function of the same name that is reassigned could be anything.
  `let run = async () => {}; run = () => 1; run();`,
  // Test registrations the runner tracks itself.
  `import { describe, it } from 'node:test'; describe('s', () => { it('a', async () => {}); });`,
  `import test from 'node:test'; test('a', async () => {}); test.skip('b', () => {});`,
  `const { test } = require('node:test'); test('a', async (t) => { await t.test('sub', () => {}); });`,
  `describe('mocha', () => { it('a', async () => {}); });`,
  // An async function that catches all of its own failures never rejects.
  `async function safe() { try { await fetch('/a'); } catch (error) { console.error(error); } } safe();`,
  // forEach with an async callback belongs to no-async-array-callback.
  `async function save() {} function f(items) { items.forEach(async (x) => { await save(x); }); }`,
  // A promise stored where others can reach it.
  `export const ready = fetch('/config');`,
  `let cache; function warm() { cache = fetch('/a'); }`,
  `class Store { pending = fetch('/a'); }`,
  // A fire-and-forget task whose awaited work is all inside try/catch (undici's writeIterable).
  [
    `async function pump(source, sink) {`,
    `  assert(source, 'source required');`,
    `  const state = { done: false };`,
    `  function onDrain() {}`,
    `  sink.on('drain', onDrain);`,
    `  try { for await (const chunk of source) sink.write(chunk); } catch (error) { sink.destroy(error); } finally { sink.off('drain', onDrain); }`,
    `}`,
    `export function start(source, sink) { pump(source, sink); }`,
  ].join('\n'),
  // A dual API called with its callback: `close(cb)` returns a promise only without one.
  [
    `class Pool {`,
    `  close(callback) {`,
    `    if (callback === undefined) return new Promise((resolve, reject) => this.close((error) => (error ? reject(error) : resolve())));`,
    `    this.shutdown(callback);`,
    `  }`,
    `}`,
  ].join('\n'),
  // Guards and early returns around the try blocks (Fastify's hook runner).
  [
    `async function wrap(fn, server, done) {`,
    `  if (fn.length === 1) {`,
    `    try { fn.call(server, done); } catch (error) { done(error); }`,
    `    return;`,
    `  }`,
    `  try { await fn.call(server); done(); } catch (error) { done(error); }`,
    `}`,
    `export function next(hooks, server, done) { wrap(hooks[0], server, done); }`,
  ].join('\n'),
  // Relative import whose export is not async.
  { code: `import { formatOrder } from './db.js';\nformatOrder({});`, filename: jobsFile },
];

const untypedInvalid: Invalid[] = [
  {
    code: `async function save() {}\nfunction handler() { save(); }\nhandler();`,
    errors: [
      {
        messageId: 'floating',
        data: { what: 'save()' },
        line: 2,
        suggestions: [
          { messageId: 'makeAsync', data: { name: 'handler' }, output: `async function save() {}\nasync function handler() { await save(); }\nhandler();` },
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `async function save() {}\nfunction handler() { save().catch(console.error); }\nhandler();` },
          { messageId: 'addVoid', output: `async function save() {}\nfunction handler() { void save(); }\nhandler();` },
        ],
      },
    ],
  },
  {
    // The function's result is used by a caller: making it async would change what they get.
    code: `const load = async () => 1;\nfunction init() { load(); return 1; }\nconst x = init();`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `const load = async () => 1;\nfunction init() { load().catch(console.error); return 1; }\nconst x = init();` },
          { messageId: 'addVoid', output: `const load = async () => 1;\nfunction init() { void load(); return 1; }\nconst x = init();` },
        ],
      },
    ],
  },
  {
    // Already returns a promise on every path: async keeps that for the callers.
    code: `async function log() {}\nexport function send(u) { log(); return fetch(u); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'makeAsync', data: { name: 'send' }, output: `async function log() {}\nexport async function send(u) { await log(); return fetch(u); }` },
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `async function log() {}\nexport function send(u) { log().catch(console.error); return fetch(u); }` },
          { messageId: 'addVoid', output: `async function log() {}\nexport function send(u) { void log(); return fetch(u); }` },
        ],
      },
    ],
  },
  {
    code: `async function f(url) {\n  try {\n    fetch(url);\n  } catch (error) {\n    console.error(error);\n  }\n}`,
    errors: [
      {
        messageId: 'floatingInTry',
        data: { what: 'fetch(…)' },
        line: 3,
        suggestions: [
          { messageId: 'addAwait', output: `async function f(url) {\n  try {\n    await fetch(url);\n  } catch (error) {\n    console.error(error);\n  }\n}` },
          { messageId: 'addVoid', output: `async function f(url) {\n  try {\n    void fetch(url);\n  } catch (error) {\n    console.error(error);\n  }\n}` },
        ],
      },
    ],
  },
  {
    code: `fetch('/a').then((r) => r.json());`,
    errors: [
      {
        messageId: 'floatingThen',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `fetch('/a').then((r) => r.json()).catch(console.error);` },
          { messageId: 'addVoid', output: `void fetch('/a').then((r) => r.json());` },
        ],
      },
    ],
  },
  {
    code: thenWithoutCatch,
    errors: [{ messageId: 'floatingThen', suggestions: catchOrVoid(thenWithoutCatch, 'p.then(render)') }],
  },
  {
    code: `async function f() { fetch('/a').finally(() => done()); }`,
    errors: [
      {
        messageId: 'floatingFinally',
        suggestions: [
          { messageId: 'addAwait', output: `async function f() { await fetch('/a').finally(() => done()); }` },
          { messageId: 'addVoid', output: `async function f() { void fetch('/a').finally(() => done()); }` },
        ],
      },
    ],
  },
  {
    code: `Promise.reject(new Error('x')).catch();`,
    errors: [
      {
        messageId: 'floatingCatchNoHandler',
        suggestions: [{ messageId: 'addCatch', data: { handler: 'console.error' }, output: `Promise.reject(new Error('x')).catch(console.error);` }],
      },
    ],
  },
  {
    code: `async function f(items) { items.map(async (item) => save(item)); }`,
    errors: [
      {
        messageId: 'floatingArray',
        suggestions: [{ messageId: 'wrapAll', output: `async function f(items) { await Promise.all(items.map(async (item) => save(item))); }` }],
      },
    ],
  },
  {
    // Awaiting an array waits for nothing.
    code: `async function f(items) { await items.map(async (item) => save(item)); }`,
    errors: [
      {
        messageId: 'floatingArray',
        suggestions: [{ messageId: 'wrapAll', output: `async function f(items) { await Promise.all(items.map(async (item) => save(item))); }` }],
      },
    ],
  },
  {
    code: `function f(items) { items.map(async (item) => save(item)); }`,
    errors: [
      {
        messageId: 'floatingArray',
        suggestions: [
          { messageId: 'wrapAllCatch', data: { handler: 'console.error' }, output: `function f(items) { Promise.all(items.map(async (item) => save(item))).catch(console.error); }` },
        ],
      },
    ],
  },
  {
    code: `async function f(a, b) { Promise.all([a(), b()]); }`,
    errors: [
      {
        messageId: 'floating',
        data: { what: 'Promise.all(…)' },
        suggestions: [
          { messageId: 'addAwait', output: `async function f(a, b) { await Promise.all([a(), b()]); }` },
          { messageId: 'addVoid', output: `async function f(a, b) { void Promise.all([a(), b()]); }` },
        ],
      },
    ],
  },
  {
    code: combinators,
    errors: [`Promise.race([fetch('/a'), fetch('/b')])`, 'Promise.allSettled([])', 'Promise.any([])'].map((target) => ({
      messageId: 'floating' as const,
      suggestions: awaitOrVoid(combinators, target),
    })),
  },
  {
    // Stored, then never awaited, returned or passed anywhere.
    code: `async function f() { const saved = fetch('/a', { method: 'POST' }); console.log('sent'); }`,
    errors: [
      {
        messageId: 'unusedPromise',
        data: { name: 'saved' },
        suggestions: [{ messageId: 'addAwait', output: `async function f() { const saved = await fetch('/a', { method: 'POST' }); console.log('sent'); }` }],
      },
    ],
  },
  {
    code: `function f() { let pending = new Promise((resolve) => setTimeout(resolve, 10)); }`,
    errors: [
      {
        messageId: 'unusedPromise',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `function f() { let pending = new Promise((resolve) => setTimeout(resolve, 10)).catch(console.error); }` },
        ],
      },
    ],
  },
  {
    // Node's promise APIs, through every kind of import.
    code: nodePromiseApis,
    errors: nodePromiseCalls.map((target) => ({ messageId: 'floating' as const, suggestions: catchOrVoid(nodePromiseApis, target) })),
  },
  {
    // Functions declared here: async, returning a promise on every path, methods, object members.
    code: localFunctions,
    errors: [
      { messageId: 'floating', line: 7, suggestions: catchOrVoid(localFunctions, 'this.#run()') },
      { messageId: 'floating', line: 7, suggestions: catchOrVoid(localFunctions, 'this.save()') },
      { messageId: 'floating', line: 7, suggestions: catchOrVoid(localFunctions, 'Repo.open()') },
      { messageId: 'floating', line: 9, data: { what: 'delay(…)' }, suggestions: catchOrVoid(localFunctions, 'delay(10)') },
      { messageId: 'floating', line: 9, suggestions: catchOrVoid(localFunctions, 'api.get()') },
      { messageId: 'floating', line: 9, suggestions: catchOrVoid(localFunctions, 'new Repo().save()') },
    ],
  },
  {
    // Imported from a relative module that declares it async (read from disk, never run).
    code: relativeImports,
    filename: jobsFile,
    errors: [
      { messageId: 'floating', suggestions: catchOrVoid(relativeImports, 'saveOrder(o)') },
      { messageId: 'floating', suggestions: catchOrVoid(relativeImports, 'db.deleteOrder(o.id)') },
    ],
  },
  {
    code: requiredRelative,
    filename: jobsFile,
    errors: [{ messageId: 'floating', suggestions: catchOrVoid(requiredRelative, 'db.saveOrder(o)') }],
  },
  {
    // Not self-handling: an `await` outside the `try`, a `catch` that rethrows, a returned promise.
    code: selfHandlingGaps,
    errors: [
      { messageId: 'floating', suggestions: catchOrVoid(selfHandlingGaps, 'a()') },
      { messageId: 'floating', suggestions: catchOrVoid(selfHandlingGaps, 'b()') },
      { messageId: 'floating', suggestions: catchOrVoid(selfHandlingGaps, 'c()') },
    ],
  },
  {
    // TypeScript linted without a program: the written return types say what is a promise.
    code: typedWithoutProgram,
    errors: [
      { messageId: 'floating', suggestions: catchOrVoid(typedWithoutProgram, `send('x')`) },
      { messageId: 'floating', suggestions: catchOrVoid(typedWithoutProgram, `flush()`) },
    ],
  },
  {
    // An un-awaited subtest of node:test.
    code: `import test from 'node:test';\ntest('parent', async (t) => {\n  t.test('child', () => {});\n});`,
    errors: [
      {
        messageId: 'floatingSubtest',
        data: { what: 't.test(…)' },
        suggestions: [
          { messageId: 'addAwait', output: `import test from 'node:test';\ntest('parent', async (t) => {\n  await t.test('child', () => {});\n});` },
          { messageId: 'addVoid', output: `import test from 'node:test';\ntest('parent', async (t) => {\n  void t.test('child', () => {});\n});` },
        ],
      },
    ],
  },
  {
    // Conditional and logical expressions: the branch that is a promise.
    code: `async function save() {}\nfunction f(dirty) { dirty ? save() : null; dirty && save(); }`,
    errors: [
      {
        messageId: 'floating',
        column: 29,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `async function save() {}\nfunction f(dirty) { dirty ? save().catch(console.error) : null; dirty && save(); }` },
          { messageId: 'addVoid', output: `async function save() {}\nfunction f(dirty) { dirty ? void save() : null; dirty && save(); }` },
        ],
      },
      {
        messageId: 'floating',
        column: 53,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `async function save() {}\nfunction f(dirty) { dirty ? save() : null; dirty && save().catch(console.error); }` },
          { messageId: 'addVoid', output: `async function save() {}\nfunction f(dirty) { dirty ? save() : null; dirty && void save(); }` },
        ],
      },
    ],
  },
  {
    // A sync callback inside an async function: `await` cannot be written there.
    code: `async function save() {}\nasync function f(items) { items.forEach((item) => { save(item); }); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `async function save() {}\nasync function f(items) { items.forEach((item) => { save(item).catch(console.error); }); }` },
          { messageId: 'addVoid', output: `async function save() {}\nasync function f(items) { items.forEach((item) => { void save(item); }); }` },
        ],
      },
    ],
  },
  {
    // Precedence: the awaited value is read, so `await` needs parentheses; `void` is checked when asked.
    code: `async function f() { void fetch('/a'); }`,
    options: [{ ignoreVoid: false }],
    errors: [{ messageId: 'floating', suggestions: [{ messageId: 'addAwait', output: `async function f() { await fetch('/a'); }` }] }],
  },
  {
    code: `async function f(a) { a ?? fetch('/a'); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addAwait', output: `async function f(a) { a ?? await fetch('/a'); }` },
          { messageId: 'addVoid', output: `async function f(a) { a ?? void fetch('/a'); }` },
        ],
      },
    ],
  },
  {
    // The configured handler is what the `.catch` suggestion writes.
    code: `fetch('/ping');`,
    options: [{ catchHandler: 'reportError' }],
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'reportError' }, output: `fetch('/ping').catch(reportError);` },
          { messageId: 'addVoid', output: `void fetch('/ping');` },
        ],
      },
    ],
  },
  {
    // Top-level await is offered only where the module already uses it.
    code: `await fetch('/config');\nfetch('/warm');`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addAwait', output: `await fetch('/config');\nawait fetch('/warm');` },
          { messageId: 'addVoid', output: `await fetch('/config');\nvoid fetch('/warm');` },
        ],
      },
    ],
  },
  {
    code: `(async () => { await main(); })();`,
    errors: [
      {
        messageId: 'floating',
        data: { what: '(async function)()' },
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `(async () => { await main(); })().catch(console.error);` },
          { messageId: 'addVoid', output: `void (async () => { await main(); })();` },
        ],
      },
    ],
  },
  {
    // Both branches are promises: the first one found is reported, once per statement.
    code: bothBranches,
    errors: [
      { messageId: 'floating', line: 1, suggestions: catchOrVoid(bothBranches, `fetch('/b')`) },
      {
        messageId: 'floating',
        line: 3,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: bothBranches.replace(/promise;$/, 'promise.catch(console.error);') },
          { messageId: 'addVoid', output: bothBranches.replace(/promise;$/, 'void promise;') },
        ],
      },
    ],
  },
  {
    // Opting out of the shipped presets does not remove test registrations.
    code: presetOff,
    options: [{ presetSafeCalls: false, knownSafeCalls: [{ path: 'fetch' }] }],
    errors: [{ messageId: 'floating', line: 4, suggestions: catchOrVoid(presetOff, 'Promise.resolve(1)') }],
  },
];

const typedValid = [
  `export async function f(): Promise<void> { await Promise.resolve(1); }`,
  // `any` is never reported.
  `declare function untyped(): any;\nuntyped();`,
  `declare const value: unknown;\nvalue;`,
  // Not a promise, though named like one.
  `declare function fetchSync(): string;\nfetchSync();`,
  `declare const db: { query(sql: string): number };\ndb.query('select 1');`,
  // Builder-style thenables: the call returns the same object it configures.
  [
    `interface FastifyReply { code(status: number): FastifyReply; header(k: string, v: string): FastifyReply; send(body?: unknown): FastifyReply;`,
    `  then(onFulfilled: () => void, onRejected: (error: Error) => void): void; }`,
    `export function handler(reply: FastifyReply): void { reply.code(404).header('x-a', '1').send({ error: 'not found' }); }`,
  ].join('\n'),
  // Handlers a framework awaits: the callback type returns `void | Promise<void>`.
  [
    `type Handler = (req: { url: string }) => void | Promise<void>;`,
    `declare const app: { get(path: string, handler: Handler): void };`,
    `app.get('/', async (req) => { await Promise.resolve(req.url); });`,
  ].join('\n'),
  // An async listener that catches its own failures.
  [
    `import { EventEmitter } from 'node:events';`,
    `declare const bus: EventEmitter;`,
    `declare function save(): Promise<void>;`,
    `bus.on('order', async () => { try { await save(); } catch (error) { console.error(error); } });`,
    `setTimeout(() => save().catch(console.error), 10);`,
  ].join('\n'),
  // VS Code notifications are in the fire-and-forget preset.
  `import * as vscode from 'vscode';\nexport function activate(): void { vscode.window.showInformationMessage('Ready'); }`,
  `import { window } from 'vscode';\nwindow.showWarningMessage('Careful');`,
  // forEach with an async callback belongs to no-async-array-callback.
  `declare function save(x: number): Promise<void>;\n[1, 2].forEach(async (x) => { await save(x); });`,
  // node:test registrations at the top level and inside suites.
  `import { describe, it } from 'node:test';\ndescribe('suite', () => { it('case', async () => {}); });`,
  `import test from 'node:test';\ntest('top', async (t) => { await t.test('sub', () => {}); });`,
  // Handled chains.
  `declare function load(): Promise<string>;\nload().then(() => {}, () => {});\nload().catch(() => {}).finally(() => {});`,
  // Stored and used.
  `declare function load(): Promise<string>;\nexport async function f(): Promise<string> { const p = load(); return p; }`,
  // Overloads: one takes a callback plugin, another an async plugin (Fastify's register).
  [
    `type Instance = { get(path: string): void };`,
    `declare const app: {`,
    `  register(plugin: (instance: Instance, done: () => void) => void): void;`,
    `  register(plugin: (instance: Instance) => Promise<void>): void;`,
    `};`,
    `app.register(async (instance) => { instance.get('/'); });`,
  ].join('\n'),
  // An object with its own API that is also awaitable (Fastify's instance) is used without awaiting.
  [
    `interface Instance { get(path: string): Instance; listen(port: number): void; close(): void; decorate(name: string): Instance }`,
    `declare function Fastify(): Instance & PromiseLike<undefined>;`,
    `declare const app: Instance & { register(plugin: unknown): Instance & PromiseLike<undefined> };`,
    `Fastify();`,
    `app.register({});`,
    `setImmediate(() => app.register({}));`,
  ].join('\n'),
  // Overloads with a callback form: the call passing a callback gets no promise.
  [
    `declare const app: { inject(opts: { url: string }, cb: (error: Error | null) => void): void; inject(opts: { url: string }): Promise<number> };`,
    `app.inject({ url: '/' }, (error) => { if (error) throw error; });`,
  ].join('\n'),
  // A callback whose returned chain handles its own rejection.
  [
    `declare function query(): Promise<number[]>;`,
    `declare const stream: { write(row: number): void; emit(name: string, error: unknown): void };`,
    `export const rows = new Promise<void>((resolve) => {`,
    `  return query().then((list) => list.forEach((row) => stream.write(row))).catch((error) => stream.emit('error', error));`,
    `});`,
  ].join('\n'),
  // A dual API called with its callback: the promise exists only when no callback is given.
  [
    `declare const pool: { close(callback?: (error: Error | null) => void): Promise<void> | undefined };`,
    `pool.close((error) => { if (error) console.error(error); });`,
  ].join('\n'),
];

const typedInvalid: Invalid[] = [
  {
    code: `declare function save(): Promise<void>;\nexport function f(): number { save(); return 1; }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare function save(): Promise<void>;\nexport function f(): number { save().catch(console.error); return 1; }` },
          { messageId: 'addVoid', output: `declare function save(): Promise<void>;\nexport function f(): number { void save(); return 1; }` },
        ],
      },
    ],
  },
  {
    // The result is dropped by every caller and nothing outside can call it: async is safe; `void` becomes `Promise<void>`.
    code: `declare function save(): Promise<void>;\nfunction flush(): void { save(); }\nflush();`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'makeAsync', data: { name: 'flush' }, output: `declare function save(): Promise<void>;\nasync function flush(): Promise<void> { await save(); }\nflush();` },
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare function save(): Promise<void>;\nfunction flush(): void { save().catch(console.error); }\nflush();` },
          { messageId: 'addVoid', output: `declare function save(): Promise<void>;\nfunction flush(): void { void save(); }\nflush();` },
        ],
      },
    ],
  },
  {
    // Parentheses already written around the expression stay outside the new operator.
    code: `declare const a: unknown;\nexport async function f(): Promise<void> { (a as Promise<void>); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addAwait', output: `declare const a: unknown;\nexport async function f(): Promise<void> { (await (a as Promise<void>)); }` },
          { messageId: 'addVoid', output: `declare const a: unknown;\nexport async function f(): Promise<void> { (void (a as Promise<void>)); }` },
        ],
      },
    ],
  },
  {
    code: `declare const a: unknown;\nexport function f(): void { (a as Promise<void>); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare const a: unknown;\nexport function f(): void { ((a as Promise<void>).catch(console.error)); }` },
          { messageId: 'addVoid', output: `declare const a: unknown;\nexport function f(): void { (void (a as Promise<void>)); }` },
        ],
      },
    ],
  },
  {
    // Precedence: `await (a as Promise<void>)`.
    code: `declare const a: unknown;\nexport async function f(): Promise<void> { a as Promise<void>; }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addAwait', output: `declare const a: unknown;\nexport async function f(): Promise<void> { await (a as Promise<void>); }` },
          { messageId: 'addVoid', output: `declare const a: unknown;\nexport async function f(): Promise<void> { void (a as Promise<void>); }` },
        ],
      },
    ],
  },
  {
    // Possibly undefined: `?.catch`; an optional call keeps `.catch` inside the chain.
    code: `declare const maybe: Promise<void> | undefined;\ndeclare const svc: { save(): Promise<void> } | undefined;\nmaybe;\nsvc?.save();`,
    errors: [
      {
        messageId: 'floating',
        line: 3,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare const maybe: Promise<void> | undefined;\ndeclare const svc: { save(): Promise<void> } | undefined;\nmaybe?.catch(console.error);\nsvc?.save();` },
          { messageId: 'addVoid', output: `declare const maybe: Promise<void> | undefined;\ndeclare const svc: { save(): Promise<void> } | undefined;\nvoid maybe;\nsvc?.save();` },
        ],
      },
      {
        messageId: 'floating',
        line: 4,
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare const maybe: Promise<void> | undefined;\ndeclare const svc: { save(): Promise<void> } | undefined;\nmaybe;\nsvc?.save().catch(console.error);` },
          { messageId: 'addVoid', output: `declare const maybe: Promise<void> | undefined;\ndeclare const svc: { save(): Promise<void> } | undefined;\nmaybe;\nvoid svc?.save();` },
        ],
      },
    ],
  },
  {
    // A custom thenable has no `.catch`: only `void` is offered outside async code.
    code: `import * as vscode from 'vscode';\nexport function run(): void { vscode.commands.executeCommand('workbench.action.reloadWindow'); }`,
    errors: [
      {
        messageId: 'floating',
        suggestions: [
          { messageId: 'addVoid', output: `import * as vscode from 'vscode';\nexport function run(): void { void vscode.commands.executeCommand('workbench.action.reloadWindow'); }` },
        ],
      },
    ],
  },
  {
    // A thenable that is not a builder: the call returns a query, not the object it was called on.
    code: knexInsert,
    errors: [{ messageId: 'floating', suggestions: [{ messageId: 'addVoid', output: replaceOnce(knexInsert, 'knex.insert', 'void knex.insert') }] }],
  },
  {
    code: `declare const items: number[];\nexport async function f(): Promise<void> { items.map(async (x) => x * 2); }`,
    errors: [
      {
        messageId: 'floatingArray',
        suggestions: [{ messageId: 'wrapAll', output: `declare const items: number[];\nexport async function f(): Promise<void> { await Promise.all(items.map(async (x) => x * 2)); }` }],
      },
    ],
  },
  {
    code: `declare function save(): Promise<void>;\nexport function f(): void { const pending = save(); }`,
    errors: [
      {
        messageId: 'unusedPromise',
        data: { name: 'pending' },
        suggestions: [
          { messageId: 'addCatch', data: { handler: 'console.error' }, output: `declare function save(): Promise<void>;\nexport function f(): void { const pending = save().catch(console.error); }` },
        ],
      },
    ],
  },
  {
    code: `import test from 'node:test';\ntest('parent', async (t) => { t.test('child', () => {}); });`,
    errors: [
      {
        messageId: 'floatingSubtest',
        suggestions: [
          { messageId: 'addAwait', output: `import test from 'node:test';\ntest('parent', async (t) => { await t.test('child', () => {}); });` },
          { messageId: 'addVoid', output: `import test from 'node:test';\ntest('parent', async (t) => { void t.test('child', () => {}); });` },
        ],
      },
    ],
  },
  {
    // Async callbacks handed to APIs that drop what they return.
    code: [
      `import { EventEmitter } from 'node:events';`,
      `import http from 'node:http';`,
      `declare function save(): Promise<void>;`,
      `declare const bus: EventEmitter;`,
      `bus.on('order', async () => { await save(); });`,
      `setInterval(async () => { await save(); }, 1000);`,
      `http.createServer(async (req, res) => { await save(); res.end(); });`,
      `setTimeout(() => save(), 10);`,
    ].join('\n'),
    errors: [
      { messageId: 'promiseIntoVoidCallback', line: 5, data: { callee: 'bus.on' } },
      { messageId: 'promiseIntoVoidCallback', line: 6, data: { callee: 'setInterval' } },
      { messageId: 'promiseIntoVoidCallback', line: 7, data: { callee: 'http.createServer' } },
      { messageId: 'promiseIntoVoidCallback', line: 8, data: { callee: 'setTimeout' } },
    ],
  },
  {
    code: chains,
    errors: [
      { messageId: 'floatingThen', line: 3, suggestions: catchOrVoid(chains, 'load().then((text) => text.length)') },
      { messageId: 'floatingFinally', line: 4, suggestions: catchOrVoid(chains, 'load().finally(() => {})') },
      {
        messageId: 'floatingCatchNoHandler',
        line: 5,
        suggestions: [{ messageId: 'addCatch', data: { handler: 'console.error' }, output: replaceOnce(chains, 'load().catch(noHandler)', 'load().catch(console.error)') }],
      },
    ],
  },
  {
    code: `declare function load(): Promise<string>;\nexport async function f(): Promise<void> {\n  try {\n    load();\n  } catch {\n    return;\n  }\n}`,
    errors: [
      {
        messageId: 'floatingInTry',
        suggestions: [
          { messageId: 'addAwait', output: `declare function load(): Promise<string>;\nexport async function f(): Promise<void> {\n  try {\n    await load();\n  } catch {\n    return;\n  }\n}` },
          { messageId: 'addVoid', output: `declare function load(): Promise<string>;\nexport async function f(): Promise<void> {\n  try {\n    void load();\n  } catch {\n    return;\n  }\n}` },
        ],
      },
    ],
  },
];

createUntypedRuleTester().run('no-floating-promises', rule, { valid: untypedValid, invalid: untypedInvalid });
createTypedRuleTester().run('no-floating-promises (typed)', rule, { valid: typedValid, invalid: typedInvalid });

describe('no-floating-promises: suggestion outputs compile', () => {
  it('untyped outputs parse; typed cases and their outputs type-check', () => {
    assert.deepEqual(suggestionOutputProblems({ untyped: untypedInvalid, typed: typedInvalid }), []);
  });
});
