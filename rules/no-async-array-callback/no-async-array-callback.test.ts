import { createUntypedRuleTester } from '../testing/rule-tester';
import rule from './no-async-array-callback';

const untyped = createUntypedRuleTester();

untyped.run('no-async-array-callback', rule, {
  valid: [
    // map/flatMap: the promises can be awaited; a dropped array of them is no-floating-promises' finding.
    `async function f(items) { await Promise.all(items.map(async (x) => save(x))); }`,
    `async function f(items) { const pending = items.map(async (x) => save(x)); return Promise.all(pending); }`,
    `function f(items) { return items.map(async (x) => save(x)); }`,
    `function f(items) { items.map(async (x) => save(x)); }`,
    `function f(items) { items.flatMap(async (x) => save(x)); }`,
    `async function f(items) { return Promise.all(Array.from(items, async (x) => save(x))); }`,
    // Synchronous callbacks, and async work that is explicitly not returned.
    `items.forEach((x) => { console.log(x); });`,
    `items.forEach((x) => { void save(x); });`,
    `items.forEach((x) => save(x));`,
    // The callback is not the method's first argument: not an array method (async, lodash).
    `async.forEach(items, async (x) => { await save(x); });`,
    `_.forEach(items, async (x) => { await save(x); });`,
    `Array.prototype.forEach.call(nodes, async (n) => { await visit(n); });`,
    // Async generators return iterators, not promises.
    `items.forEach(async function* (x) { yield x; });`,
    // A function reference that is not known to be async, or no longer is.
    `import { save } from './db'; items.forEach(save);`,
    `let handle = async (x) => save(x); handle = (x) => log(x); items.forEach(handle);`,
    // The file defines its own forEach/filter, which may await the callback.
    `class Batch { async forEach(fn) { for (const x of this.items) await fn(x); } }
     async function run(batch) { await batch.forEach(async (x) => { await save(x); }); }`,
    `const store = { async filter(check) { const out = []; for (const x of this.rows) if (await check(x)) out.push(x); return out; } };
     async function f() { return store.filter(async (row) => row.ok); }`,
    `Queue.prototype.forEach = async function (fn) { for (const job of this.jobs) await fn(job); };
     async function f(queue) { await queue.forEach(async (job) => job.run()); }`,
    // Not array methods at all.
    `async function f(emitter) { emitter.on('data', async (chunk) => { await write(chunk); }); }`,
    `setTimeout(async () => { await tick(); }, 10);`,
    `new Promise(async (resolve) => resolve(await load()));`,
  ],
  invalid: [
    {
      // The receiver is an array (Object.keys): plain for...of, and map.
      code: `async function syncAll(byId) {\n  Object.keys(byId).forEach(async (id) => {\n    await push(byId[id]);\n  });\n  await done();\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          data: { method: 'forEach' },
          line: 2,
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function syncAll(byId) {\n  for (const id of Object.keys(byId)) {\n    await push(byId[id]);\n  }\n  await done();\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function syncAll(byId) {\n  await Promise.all(Object.keys(byId).map(async (id) => {\n    await push(byId[id]);\n  }));\n  await done();\n}`,
            },
          ],
        },
      ],
    },
    {
      // Nothing shows what `users` is: iterate its values, which works for arrays, Sets and Maps alike.
      code: `async function notify(users) {\n  users.forEach(async (user) => {\n    await mail(user);\n  });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function notify(users) {\n  for (const user of users.values()) {\n    await mail(user);\n  }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function notify(users) {\n  await Promise.all(Array.from(users.values(), async (user) => {\n    await mail(user);\n  }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Index parameter on an array: entries() gives [index, value].
      code: `async function f() {\n  const rows = [a, b];\n  rows.forEach(async (row, i) => { await put(i, row); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  const rows = [a, b];\n  for (const [i, row] of rows.entries()) { await put(i, row); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  const rows = [a, b];\n  await Promise.all(rows.map(async (row, i) => { await put(i, row); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Map forEach passes (value, key); iterating the Map yields [key, value].
      code: `async function f() {\n  const cache = new Map();\n  cache.forEach(async (value, key) => { await store.set(key, value); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  const cache = new Map();\n  for (const [key, value] of cache) { await store.set(key, value); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  const cache = new Map();\n  await Promise.all(Array.from(cache, async ([key, value]) => { await store.set(key, value); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A Map with a value-only callback iterates values(); a Set iterates itself.
      code: `async function f() {\n  const m = new Map();\n  const s = new Set();\n  m.forEach(async (v) => { await a(v); });\n  s.forEach(async (v) => { await b(v); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          line: 4,
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  const m = new Map();\n  const s = new Set();\n  for (const v of m.values()) { await a(v); }\n  s.forEach(async (v) => { await b(v); });\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  const m = new Map();\n  const s = new Set();\n  await Promise.all(Array.from(m.values(), async (v) => { await a(v); }));\n  s.forEach(async (v) => { await b(v); });\n}`,
            },
          ],
        },
        {
          messageId: 'forEachCallback',
          line: 5,
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  const m = new Map();\n  const s = new Set();\n  m.forEach(async (v) => { await a(v); });\n  for (const v of s) { await b(v); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  const m = new Map();\n  const s = new Set();\n  m.forEach(async (v) => { await a(v); });\n  await Promise.all(Array.from(s, async (v) => { await b(v); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Returns: `return;` continues, `return save(x)` waits then continues, a return inside a
      // nested loop continues the outer loop by label, a final `return;` goes, nested functions keep theirs.
      code: [
        'async function f(orders) {',
        '  orders.slice(1).forEach(async (order) => {',
        '    if (!order.open) return;',
        '    if (order.retry) return retry(order);',
        '    for (const line of order.lines) {',
        '      if (line.void) return;',
        '    }',
        '    const total = order.lines.reduce((sum, line) => { return sum + line.price; }, 0);',
        '    await charge(order, total);',
        '    return;',
        '  });',
        '}',
      ].join('\n'),
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: [
                'async function f(orders) {',
                '  next: for (const order of orders.slice(1)) {',
                '    if (!order.open) continue;',
                '    if (order.retry) { await retry(order); continue; }',
                '    for (const line of order.lines) {',
                '      if (line.void) continue next;',
                '    }',
                '    const total = order.lines.reduce((sum, line) => { return sum + line.price; }, 0);',
                '    await charge(order, total);',
                '  }',
                '}',
              ].join('\n'),
            },
            {
              messageId: 'runConcurrently',
              output: [
                'async function f(orders) {',
                '  await Promise.all(orders.slice(1).map(async (order) => {',
                '    if (!order.open) return;',
                '    if (order.retry) return retry(order);',
                '    for (const line of order.lines) {',
                '      if (line.void) return;',
                '    }',
                '    const total = order.lines.reduce((sum, line) => { return sum + line.price; }, 0);',
                '    await charge(order, total);',
                '    return;',
                '  }));',
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // A return value in statement position, and a label name already in use.
      code: `async function f() {\n  next: for (const group of [g1, g2]) {\n    group.items.slice().forEach(async (x) => {\n      while (x) { if (x.done) return x.id; x = x.next; }\n      await save(x);\n    });\n  }\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  next: for (const group of [g1, g2]) {\n    next2: for (let x of group.items.slice()) {\n      while (x) { if (x.done) continue next2; x = x.next; }\n      await save(x);\n    }\n  }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  next: for (const group of [g1, g2]) {\n    await Promise.all(group.items.slice().map(async (x) => {\n      while (x) { if (x.done) return x.id; x = x.next; }\n      await save(x);\n    }));\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // Expression bodies: the returned promise is awaited in the loop.
      code: `async function f() {\n  ['a', 'b'].forEach(async (name) => save(name));\n  ['c'].forEach(async (name) => await save(name));\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          line: 2,
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  for (const name of ['a', 'b']) { await save(name); }\n  ['c'].forEach(async (name) => await save(name));\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  await Promise.all(['a', 'b'].map(async (name) => save(name)));\n  ['c'].forEach(async (name) => await save(name));\n}`,
            },
          ],
        },
        {
          messageId: 'forEachCallback',
          line: 3,
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f() {\n  ['a', 'b'].forEach(async (name) => save(name));\n  for (const name of ['c']) { await save(name); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  ['a', 'b'].forEach(async (name) => save(name));\n  await Promise.all(['c'].map(async (name) => await save(name)));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A `function` callback that uses `this` depends on forEach's thisArg: only map keeps that.
      code: `class Sync {\n  async run(ids) {\n    [...ids].forEach(async function (id) { await this.push(id); }, this);\n  }\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runConcurrently',
              output: `class Sync {\n  async run(ids) {\n    await Promise.all([...ids].map(async function (id) { await this.push(id); }, this));\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // `arguments` of a function callback, and an unknown receiver: nothing can reproduce them.
      code: `async function f(items) {\n  items.forEach(async function () { await save(arguments[0]); });\n}`,
      errors: [{ messageId: 'forEachCallback', suggestions: [] }],
    },
    {
      // Arrows share the enclosing `this`: the loop keeps it.
      code: `class Sync {\n  async run() {\n    this.ids.slice().forEach(async (id) => { await this.push(id); });\n  }\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `class Sync {\n  async run() {\n    for (const id of this.ids.slice()) { await this.push(id); }\n  }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `class Sync {\n  async run() {\n    await Promise.all(this.ids.slice().map(async (id) => { await this.push(id); }));\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // `var` in the body would move to the enclosing function; a receiver that reads the
      // parameter's name would read the loop variable: no loop in either case.
      code: `async function f(node) {\n  [a].forEach(async (x) => { var y = await load(x); await save(y); });\n  node.children.slice().forEach(async (node) => { await visit(node); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          line: 2,
          suggestions: [
            {
              messageId: 'runConcurrently',
              output: `async function f(node) {\n  await Promise.all([a].map(async (x) => { var y = await load(x); await save(y); }));\n  node.children.slice().forEach(async (node) => { await visit(node); });\n}`,
            },
          ],
        },
        {
          messageId: 'forEachCallback',
          line: 3,
          suggestions: [
            {
              messageId: 'runConcurrently',
              output: `async function f(node) {\n  [a].forEach(async (x) => { var y = await load(x); await save(y); });\n  await Promise.all(node.children.slice().map(async (node) => { await visit(node); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // `await items.forEach(...)` waits for nothing: the whole statement is rewritten.
      code: `async function f() {\n  await [1, 2].forEach(async (n) => { await tick(n); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            { messageId: 'runSequentially', output: `async function f() {\n  for (const n of [1, 2]) { await tick(n); }\n}` },
            { messageId: 'runConcurrently', output: `async function f() {\n  await Promise.all([1, 2].map(async (n) => { await tick(n); }));\n}` },
          ],
        },
      ],
    },
    {
      // Promise.all(items.forEach(...)) gets undefined: map gives it the promises, no await needed.
      code: `function f() {\n  return Promise.all(Object.values(jobs).forEach(async (job) => { await job.run(); }));\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'passPromises',
              data: { combinator: 'Promise.all' },
              output: `function f() {\n  return Promise.all(Object.values(jobs).map(async (job) => { await job.run(); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Optional chain: a missing collection means nothing to do.
      code: `async function f(order) {\n  order?.lines.forEach(async (line) => { await reserve(line); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f(order) {\n  for (const line of (order?.lines ?? []).values()) { await reserve(line); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f(order) {\n  await Promise.all(Array.from((order?.lines ?? []).values(), async (line) => { await reserve(line); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Outside async functions `await` cannot be written: reported without a rewrite. The same
      // in a synchronous callback of an async function.
      code: `function f(items) {\n  items.forEach(async (x) => { await save(x); });\n}\nasync function g(groups) {\n  groups.map((g) => g.items.forEach(async (x) => { await save(x); }));\n}`,
      errors: [
        { messageId: 'forEachCallback', line: 2, suggestions: [] },
        { messageId: 'forEachCallback', line: 5, suggestions: [] },
      ],
    },
    {
      // A local async function passed by name; the parameter is reassigned (`let` in the loop).
      code: `async function save(x) { await db.put(x); }\nasync function f() {\n  [1].forEach(save);\n  [2].forEach(async (x) => { x = x * 2; await save(x); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          line: 3,
          suggestions: [
            { messageId: 'runConcurrently', output: `async function save(x) { await db.put(x); }\nasync function f() {\n  await Promise.all([1].map(save));\n  [2].forEach(async (x) => { x = x * 2; await save(x); });\n}` },
          ],
        },
        {
          messageId: 'forEachCallback',
          line: 4,
          suggestions: [
            { messageId: 'runSequentially', output: `async function save(x) { await db.put(x); }\nasync function f() {\n  [1].forEach(save);\n  for (let x of [2]) { x = x * 2; await save(x); }\n}` },
            { messageId: 'runConcurrently', output: `async function save(x) { await db.put(x); }\nasync function f() {\n  [1].forEach(save);\n  await Promise.all([2].map(async (x) => { x = x * 2; await save(x); }));\n}` },
          ],
        },
      ],
    },
    {
      // Inside an async callback, and as the body of an `if`: both places take a statement.
      code: `async function f(a) {\n  if (a) [a].forEach(async (x) => { await save(x); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            { messageId: 'runSequentially', output: `async function f(a) {\n  if (a) for (const x of [a]) { await save(x); }\n}` },
            { messageId: 'runConcurrently', output: `async function f(a) {\n  if (a) await Promise.all([a].map(async (x) => { await save(x); }));\n}` },
          ],
        },
      ],
    },
    {
      // A named function expression that calls itself stays a function.
      code: `async function f() {\n  [tree].forEach(async function walk(node) { await visit(node); node.kids.forEach(walk); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          line: 2,
          column: 10,
          suggestions: [
            {
              messageId: 'runConcurrently',
              output: `async function f() {\n  await Promise.all([tree].map(async function walk(node) { await visit(node); node.kids.forEach(walk); }));\n}`,
            },
          ],
        },
        {
          messageId: 'forEachCallback',
          line: 2,
          column: 75,
          suggestions: [],
        },
      ],
    },
    {
      // Computed access and a forEach that is not a statement: reported, left as written.
      code: `async function f(items) {\n  items['forEach'](async (x) => { await save(x); });\n  return items.forEach(async (x) => { await save(x); });\n}`,
      errors: [
        { messageId: 'forEachCallback', line: 2, suggestions: [] },
        { messageId: 'forEachCallback', line: 3, suggestions: [] },
      ],
    },
    {
      // A method named like the file's own forEach, but on a value known to be an array.
      code: `class Batch { async forEach(fn) {} }\nfunction f() { Object.keys(x).forEach(async (k) => { await save(k); }); }`,
      errors: [{ messageId: 'forEachCallback', suggestions: [] }],
    },
    {
      // A TypeScript `this` parameter declares a type and takes no argument: it is no loop binding.
      code: `async function f(items: string[]) {\n  items.forEach(async function (this: Job, x) { await save(x); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f(items: string[]) {\n  for (const x of items.values()) { await save(x); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f(items: string[]) {\n  await Promise.all(Array.from(items.values(), async function (this: Job, x) { await save(x); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `async function f(items: string[]) {\n  items.forEach(async function (this: void, x, i) { await save(i, x); });\n}`,
      errors: [
        {
          messageId: 'forEachCallback',
          suggestions: [
            {
              messageId: 'runSequentially',
              output: `async function f(items: string[]) {\n  for (const [i, x] of items.entries()) { await save(i, x); }\n}`,
            },
            {
              messageId: 'runConcurrently',
              output: `async function f(items: string[]) {\n  await Promise.all(Array.from(items.entries(), async function (this: void, [i, x]) { await save(i, x); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Node's directory listings are arrays: the loop iterates them as they are.
      code: directoryListingCode().join('\n'),
      errors: [5, 7, 8].map((line) => ({
        messageId: 'forEachCallback' as const,
        line,
        suggestions: [
          { messageId: 'runSequentially' as const, output: arrayLoopOutput(line) },
          { messageId: 'runConcurrently' as const, output: arrayMapOutput(line) },
        ],
      })),
    },
  ],
});

/** `fs.readdirSync`, `readdir` of fs/promises and `fs.promises.readdir`, each result given to forEach. */
function directoryListingCode(): string[] {
  return [
    "const fs = require('fs');",
    "import { readdir } from 'node:fs/promises';",
    'async function f(dir) {',
    '  const files = fs.readdirSync(dir);',
    '  files.forEach(async (f) => { await remove(f); });',
    '  const names = await readdir(dir);',
    '  names.forEach(async (n) => { await remove(n); });',
    '  (await fs.promises.readdir(dir)).forEach(async (n) => { await remove(n); });',
    '}',
  ];
}

/** The listing code with line `line` rewritten into a plain `for...of` over the array. */
function arrayLoopOutput(line: number): string {
  const lines = directoryListingCode();
  const loops: Record<number, string> = {
    5: '  for (const f of files) { await remove(f); }',
    7: '  for (const n of names) { await remove(n); }',
    8: '  for (const n of (await fs.promises.readdir(dir))) { await remove(n); }',
  };
  lines[line - 1] = loops[line]!;
  return lines.join('\n');
}

function arrayMapOutput(line: number): string {
  const lines = directoryListingCode();
  lines[line - 1] = `  await Promise.all(${lines[line - 1]!.trim().replace('.forEach(', '.map(').replace(/;$/, '')});`;
  return lines.join('\n');
}
