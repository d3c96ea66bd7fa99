// filter/some/every/find, sort and reduce without type information (forEach is in the main table).
import { createUntypedRuleTester } from '../testing/rule-tester';
import rule from './no-async-array-callback';

createUntypedRuleTester().run('no-async-array-callback (predicates, comparators, reducers)', rule, {
  valid: [
    `const found = users.find((u) => u.id === id);`,
    `async function f(users) { const flags = await Promise.all(users.map((u) => isActive(u))); return users.filter((_, i) => flags[i]); }`,
    // A reduce that awaits its accumulator chains the calls on purpose.
    `async function f(items) { return items.reduce(async (prev, x) => { await prev; await run(x); }, Promise.resolve()); }`,
    `async function f(items) { return items.reduce(async (acc, x) => { const list = await acc; list.push(await load(x)); return list; }, Promise.resolve([])); }`,
    `async function f(items) { return items.reduce(async (acc, x) => { const [a, b] = await Promise.all([acc, load(x)]); return { ...a, [x]: b }; }, {}); }`,
    `function f(items) { return items.reduce(async (acc, x) => acc.then((list) => [...list, x]), Promise.resolve([])); }`,
    `function f(items) { return items.reduce((p, x) => p.then(() => run(x)), Promise.resolve()); }`,
    // Seen in published packages (release-it, sequelize, npm-check-updates, n8n): all await the accumulator.
    `async function f(names, plugins) {
       return names.reduce(async (result, name) => {
         if (await plugins[name].isEnabled()) (await result).push(name);
         return result;
       }, []);
     }`,
    `async function f(steps) { return await steps.reduce(async (promise, step) => await step(await promise), Promise.resolve()); }`,
    `async function f(arr, reducer, init) { return await arr.reduce(async (promiseAcc, item) => { return await reducer(await promiseAcc, item); }, init); }`,
  ],
  invalid: [
    {
      // filter in two steps: the flags, then the items by index. The name is free.
      code: `async function f(users) {\n  const keep = 1;\n  const active = users.filter(async (u) => isActive(u, keep));\n  return active;\n}`,
      errors: [
        {
          messageId: 'predicateCallback',
          data: { method: 'filter' },
          suggestions: [
            {
              messageId: 'awaitChecksFirst',
              data: { method: 'filter' },
              output: `async function f(users) {\n  const keep = 1;\n  const activeFlags = await Promise.all(users.map(async (u) => isActive(u, keep)));\n  const active = users.filter((_, i) => activeFlags[i]);\n  return active;\n}`,
            },
          ],
        },
      ],
    },
    {
      // Returned directly: the flags get a name of their own, avoiding one in use.
      code: `async function f(users, keep) {\n  return users.filter(async (u) => isActive(u, keep)).map((u) => u.id);\n}`,
      errors: [
        {
          messageId: 'predicateCallback',
          suggestions: [
            {
              messageId: 'awaitChecksFirst',
              output: `async function f(users, keep) {\n  const keep2 = await Promise.all(users.map(async (u) => isActive(u, keep)));\n  return users.filter((_, i) => keep2[i]).map((u) => u.id);\n}`,
            },
          ],
        },
      ],
    },
    {
      // A receiver that may change between two evaluations, a result nobody reads, a filter
      // inside a condition, and a sync function: reported, no rewrite.
      code: `async function f() {\n  const a = load().filter(async (u) => isActive(u));\n  users.filter(async (u) => isActive(u));\n  const b = ok ? users.filter(async (u) => isActive(u)) : [];\n  return [a, b];\n}\nfunction g(users) { return users.filter(async (u) => isActive(u)); }`,
      errors: [
        { messageId: 'predicateCallback', line: 2, suggestions: [] },
        { messageId: 'predicateCallback', line: 3, suggestions: [] },
        { messageId: 'predicateCallback', line: 4, suggestions: [] },
        { messageId: 'predicateCallback', line: 7, suggestions: [] },
      ],
    },
    {
      // every and findIndex read the answer off the awaited results.
      code: `async function f(files) {\n  if (!files.every(async (file) => exists(file))) return -1;\n  return files.findIndex(async function (file) { return isEmpty(file); });\n}`,
      errors: [
        {
          messageId: 'predicateCallback',
          data: { method: 'every' },
          suggestions: [
            {
              messageId: 'awaitChecksFirst',
              data: { method: 'every' },
              output: `async function f(files) {\n  if (!(await Promise.all(files.map(async (file) => exists(file)))).every(Boolean)) return -1;\n  return files.findIndex(async function (file) { return isEmpty(file); });\n}`,
            },
          ],
        },
        {
          messageId: 'predicateCallback',
          data: { method: 'findIndex' },
          suggestions: [
            {
              messageId: 'awaitChecksFirst',
              data: { method: 'findIndex' },
              output: `async function f(files) {\n  if (!files.every(async (file) => exists(file))) return -1;\n  return (await Promise.all(files.map(async function (file) { return isEmpty(file); }))).findIndex(Boolean);\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `async function f(jobs) {\n  return jobs.sort(async (a, b) => (await cost(a)) - (await cost(b)));\n}`,
      errors: [{ messageId: 'comparatorCallback', data: { method: 'sort' }, suggestions: [] }],
    },
    {
      // The accumulator is never awaited, or destructured from a promise.
      code: `async function f(files) {\n  const sizes = await files.reduce(async (acc, file) => { acc[file] = await size(file); return acc; }, {});\n  const total = await files.reduceRight(async ({ sum }, file) => ({ sum: sum + (await size(file)) }), { sum: 0 });\n  return [sizes, total];\n}`,
      errors: [
        { messageId: 'reduceCallback', data: { method: 'reduce' }, line: 2, suggestions: [] },
        { messageId: 'reduceCallback', data: { method: 'reduceRight' }, line: 3, suggestions: [] },
      ],
    },
  ],
});
