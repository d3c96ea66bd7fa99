import { createUntypedRuleTester } from '../testing/rule-tester';
import rule from './prefer-promise-all';

const untyped = createUntypedRuleTester();

const sequential = (count: number) => ({ messageId: 'sequentialAwaits' as const, data: { count } });

untyped.run('prefer-promise-all', rule, {
  valid: [
    // Dependent: the second call needs the first result.
    `async function f(id) { const user = await getUser(id); const orders = await getOrders(user.id); }`,
    `async function f(id) { const { orgId } = await getUser(id); const org = await getOrg(orgId); }`,
    `async function f() { const token = await getToken(); const data = await getData({ headers: { auth: token } }); }`,
    `async function f() { this.user = await getUser(); const repos = await this.getRepos(); }`,
    // ...through a closure that can see the new value.
    `async function f() { let token; const auth = () => token; token = await getToken(); const data = await getData(auth); }`,
    `async function f() { cache = await loadCache(); const item = await getItem(1); }`,
    `async function f() { const a = await getA(); const b = await getB(); function helper() { return a; } }`,
    // One transaction, connection, client, page, tab, stream, file.
    `async function f(tx) { const users = await tx.query('SELECT * FROM users'); const orders = await tx.query('SELECT * FROM orders'); }`,
    `async function f(knex) { await knex.transaction(async (trx) => { const a = await trx('users').select(); const b = await trx('orders').select(); }); }`,
    `async function f(prisma) { await prisma.$transaction(async () => { const a = await prisma.user.findMany(); const b = await prisma.post.findMany(); }); }`,
    `async function f(pool) { const client = await pool.connect(); const a = await client.query('SELECT 1'); const b = await client.query('SELECT 2'); }`,
    `async function f() { const a = await this.client.getUser(); const b = await this.client.getRepos(); }`,
    `async function f(page) { const title = await page.title(); const html = await page.content(); }`,
    `async function f(browser) { const a = await browser.pages(); const b = await browser.version(); }`,
    `async function f(reader) { const first = await reader.read(); const second = await reader.read(); }`,
    `async function f(fileHandle) { const a = await fileHandle.read(buf, 0, 10, 0); const b = await fileHandle.stat(); }`,
    `async function f(queryRunner) { const a = await queryRunner.getTables(); const b = await queryRunner.getViews(); }`,
    `async function f(conn, q) { const a = await query(conn, 'SELECT 1'); const b = await query(conn, 'SELECT 2'); }`,
    `class PostgresQueryRunner { async load() { const schema = await this.getCurrentSchema(); const db = await this.getCurrentDatabase(); } }`,
    `class Cursor { async all(docs) { const out = []; for (const doc of docs) out.push(await this.transform(doc)); return out; } }`,
    // Write-like calls, commands whose result is not used, writes then reads of one key.
    `async function f(fs, dir) { await fs.mkdir(dir); await fs.writeFile(dir + '/a', 'x'); }`,
    `async function f(page) { await page.click('#a'); await page.type('#b', 'x'); }`,
    `async function f(cache) { const ok = await cache.set('k', 1); const value = await cache.get('k'); }`,
    `async function f(api) { const created = await api.createUser(u); const list = await api.listUsers(); }`,
    `async function f(db) { const a = await db.query('INSERT INTO t VALUES (1)'); const b = await db.query('SELECT * FROM t'); }`,
    `async function f(octokit) { const a = await octokit.request('POST /repos/{o}/{r}/issues'); const b = await octokit.request('GET /repos/{o}/{r}/issues'); }`,
    `async function f() { const a = await fetch('/a', { method: 'POST' }); const b = await fetch('/b'); }`,
    `async function f(s3) { const a = await s3.send(new PutObjectCommand(p)); const b = await s3.send(new GetObjectCommand(p)); }`,
    `async function f() { await init(); await start(); }`,
    // People and processes: prompts, child processes.
    `async function f() { const name = await prompt('name?'); const age = await prompt('age?'); }`,
    `import { select } from '@inquirer/prompts'; async function f() { const a = await select({ message: 'a' }); const b = await select({ message: 'b' }); }`,
    `import { execa } from 'execa'; async function f() { const a = await execa('git', ['status']); const b = await execa('git', ['log']); }`,
    // Sleeps, delays, retries, polling.
    `async function f() { const a = await getA(); await sleep(100); const b = await getB(); }`,
    `async function f() { const a = await getA(); const t = await new Promise((r) => setTimeout(r, 10)); const b = await getB(); }`,
    `async function f() { const a = await retry(() => getA()); const b = await retry(() => getB()); }`,
    // Already running promises: awaiting them one by one costs nothing.
    `async function f(p1, p2) { const a = await p1; const b = await p2; }`,
    `async function f() { const [a, b] = await Promise.all([getA(), getB()]); const c = await Promise.resolve(1); }`,
    // Logging or other statements between awaits keep their place.
    `async function f() { const a = await getA(); console.log('got a'); const b = await getB(); }`,
    `async function f() { const a = await getA(); if (!a) return; const b = await getB(); }`,
    // Repeated reads of the same thing are deliberate (before/after).
    `async function f() { const before = await getCount(); const after = await getCount(); }`,
    // Nested awaits and assignments in the call.
    `async function f() { const a = await getA(await getId()); const b = await getB(); }`,
    `async function f() { let i = 0; const a = await getA(i++); const b = await getB(i); }`,
    // Casts stay where they are.
    `async function f() { const a = (await getA()) as string; const b = (await getB()) as string; }`,
    // A comment says the order is intended.
    `async function f() {\n  // one at a time: the API rejects concurrent requests\n  const a = await getA();\n  const b = await getB();\n}`,
    // One argument only, or an argument that is not a call.
    `async function f(p) { return combine(await getA(), p); }`,
    `async function f(p, q) { return combine(await p, await q); }`,
    // Loops: pagination, cursors, retries, polling.
    `async function f(api) { let cursor; do { const page = await api.list({ cursor }); cursor = page.next; } while (cursor); }`,
    `async function f(api) { for (let page = 1; page <= 10; page++) { const res = await api.getPage(page); all.push(...res); } }`,
    `async function f(api) { let next = start; while (next) { const page = await api.get(next); next = page.next; } }`,
    `async function f(get) { for (let attempt = 0; attempt < 3; attempt++) { try { return await get(); } catch {} } }`,
    `async function f(ids) { for (const id of ids) { const r = await getThing(id); out[id] = r; await sleep(100); } }`,
    `async function f(ids) { for (const id of ids) { await limiter.removeTokens(1); out[id] = await getThing(id); } }`,
    // for await reads a stream in order.
    `async function f(stream) { for await (const chunk of stream) { const r = await getThing(chunk); } }`,
    // Loop-carried variables and order-sensitive accumulation.
    `async function f(ids) { let total = 0; for (const id of ids) { const size = await getSize(id); total += size; } }`,
    `async function f(ids) { let prev; for (const id of ids) { const r = await getThing(id, prev); prev = r; } }`,
    `async function f(ids) { const found = []; for (const id of ids) { const r = await getThing(id); if (r.ok) found.push(id); } }`,
    `async function f(ids) { let text = ''; for (const id of ids) { text += await getText(id); } }`,
    `async function f(ids, state) { for (const id of ids) { state.last = await getThing(id); } }`,
    `async function f(ids) { for (const id of ids) { this.current = id; out[id] = await this.load(); } }`,
    `async function f(ids, queue) { for (const id of ids) { queue.push(id); out[id] = await drain(queue); } }`,
    // break / return / continue that depend on awaited results.
    `async function f(urls) { for (const url of urls) { const r = await fetch(url); if (r.ok) break; } }`,
    `async function f(urls) { for (const url of urls) { const r = await fetch(url); if (r.ok) return r; } }`,
    `async function f(ids) { for (const id of ids) { const r = await getThing(id); if (!r) continue; out[id] = r; } }`,
    `async function f(groups) { outer: for (const g of groups) { for (const id of g) { if (await exists(id)) continue outer; } } }`,
    // Logging progress in the loop.
    `async function f(ids) { for (const id of ids) { console.log('loading', id); out[id] = await getThing(id); } }`,
    `async function f(ids, spinner) { for (const id of ids) { out[id] = await getThing(id); spinner.text = id; spinner.render(); } }`,
    // Items that are steps to run, or writes per item.
    `async function f(steps) { for (const step of steps) { const r = await step(); out.push(r); } }`,
    `async function f(migrations) { for (const m of migrations) { await m.up(); } }`,
    `async function f(files) { for (const file of files) { await fs.unlink(file); } }`,
    `async function f(users) { for (const user of users) { const sent = await sendEmail(user); results[user.id] = sent; } }`,
    // Work that does not depend on the item.
    `async function f(ids) { for (const id of ids) { const token = await getToken(); out[id] = token; } }`,
    // A resource shared by all iterations.
    `async function f(client, ids) { for (const id of ids) { out[id] = await client.query('SELECT $1', [id]); } }`,
    `async function f(page, selectors) { for (const s of selectors) { texts[s] = await page.textContent(s); } }`,
    // The same function runs these concurrently elsewhere: this branch is sequential on purpose.
    `async function f(items, pg) { if (pg) { const r = []; for (const i of items) r.push(await load(i)); return r; } return Promise.all(items.map(load)); }`,
    // An index loop that changes its index or runs past the length.
    `async function f(a) { for (let i = 0; i < a.length; i++) { out[i] = await load(a[i]); i++; } }`,
    `async function f(a) { for (let i = 0; i <= a.length; i++) { out[i] = await load(a[i]); } }`,
    // A nested loop with awaits: the inner loop is what to look at, the outer one is left alone.
    `async function f(groups) { for (const g of groups) { for (const id of g.ids) { const r = await getThing(id, g); found[id] = r; await sleep(1); } } }`,
    // var leaks out of the loop body.
    `async function f(ids) { for (var id of ids) { out[id] = await getThing(id); } }`,
    // Keyed writes whose insertion order can be seen: a container from outside, or one handed on.
    `async function f(files, contents) { for (const file of files) contents[file] = await readFile(file); }`,
    `async function f(dirs) { const apis = {}; for (const d of dirs) { apis[d] = await loadApi(d); } register(apis); }`,
    `async function f(ids) { const byId = new Map(); for (const id of ids) byId.set(id, await getThing(id)); return byId; }`,
    `async function f(plugins, servers) { for (const name of Object.keys(plugins)) { const ext = servers[name]; if (ext) plugins[name] = await ext(plugins[name]); } }`,
    `async function f(value, set, recurse) { const newOn = {}; for (const [uid, sub] of Object.entries(value)) { newOn[uid] = await recurse(uid, sub); } set('on', newOn); }`,
    // A throw after an await stops the loop at the first bad item.
    `async function f(ids) { for (const id of ids) { const ok = await check(id); if (!ok) throwInvalidKey(id); } }`,
    `async function f(ids, out) { for (let i = 0; i < ids.length; i++) { const r = await getThing(ids[i]); if (!r) throw new Error(ids[i]); out[i] = r; } }`,
    // A function run inside a transaction by a wrapper elsewhere.
    `async function publish() { const a = await getA(); const b = await getB(); return [a, b]; }\nexport default { publish: wrapInTransaction(publish) };`,
    // Compiled default imports and \`(0, fn)(...)\` calls are judged by their real names.
    `async function f(c) { const id = await writeChangeset__default["default"](c); const fns = await getCommitFunctions(c); }`,
    `async function f(p) { const a = await (0, fs_1.writeFile)(p, 'x'); const b = await (0, fs_1.readFile)(p); }`,
    // Not awaited work at all.
    `function f(ids) { for (const id of ids) { out[id] = getThing(id); } }`,
  ],
  invalid: [
    {
      code: `async function load(id) {\n  const user = await getUser(id);\n  const orders = await getOrders(id);\n  return { user, orders };\n}`,
      errors: [
        {
          ...sequential(2),
          line: 2,
          endLine: 3,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `async function load(id) {\n  const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);\n  return { user, orders };\n}`,
            },
          ],
        },
      ],
    },
    {
      // let, destructuring, comments between the statements move above.
      code: `async function f(id) {\n  let { name } = await api.users.get(id);\n  // the settings\n  let [first] = await api.settings.list(id);\n  return name + first;\n}`,
      errors: [
        {
          ...sequential(2),
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `async function f(id) {\n  // the settings\n  let [{ name }, [first]] = await Promise.all([api.users.get(id), api.settings.list(id)]);\n  return name + first;\n}`,
            },
          ],
        },
      ],
    },
    {
      // Three awaits, long calls go one per line.
      code: `async function f(id) {\n  const profile = await loadProfileFromTheSlowService(id);\n  const settings = await loadSettingsFromTheSlowService(id);\n  const history = await loadHistoryFromTheSlowService(id);\n}`,
      errors: [
        {
          ...sequential(3),
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `async function f(id) {\n  const [profile, settings, history] = await Promise.all([\n    loadProfileFromTheSlowService(id),\n    loadSettingsFromTheSlowService(id),\n    loadHistoryFromTheSlowService(id),\n  ]);\n}`,
            },
          ],
        },
      ],
    },
    {
      // Member targets; a prisma client is a pool, not one connection.
      code: `async function f() {\n  this.users = await prisma.user.findMany();\n  this.posts = await prisma.post.findMany();\n}`,
      errors: [
        {
          ...sequential(2),
          suggestions: [
            { messageId: 'usePromiseAll', output: `async function f() {\n  [this.users, this.posts] = await Promise.all([prisma.user.findMany(), prisma.post.findMany()]);\n}` },
          ],
        },
      ],
    },
    {
      // Assignments after a statement without a semicolon get a leading one.
      code: `async function f() {\n  let a, b\n  a = await getA()\n  b = await getB()\n}`,
      errors: [
        {
          ...sequential(2),
          suggestions: [{ messageId: 'usePromiseAll', output: `async function f() {\n  let a, b\n  ;[a, b] = await Promise.all([getA(), getB()]);\n}` }],
        },
      ],
    },
    {
      // A dependent await splits the run: the second and third can still overlap.
      code: `async function f(id) {\n  const user = await getUser(id);\n  const team = await getTeam(user.teamId);\n  const plan = await getPlan(id);\n}`,
      errors: [
        {
          ...sequential(2),
          line: 3,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `async function f(id) {\n  const user = await getUser(id);\n  const [team, plan] = await Promise.all([getTeam(user.teamId), getPlan(id)]);\n}`,
            },
          ],
        },
      ],
    },
    {
      // Mixed const and let: reported, no rewrite.
      code: `async function f() { const a = await getA(); let b = await getB(); }`,
      errors: [{ ...sequential(2), suggestions: [] }],
    },
    {
      // Top-level await in a module.
      code: `const config = await readFile('config.json', 'utf8');\nconst schema = await readFile('schema.json', 'utf8');`,
      errors: [
        {
          ...sequential(2),
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `const [config, schema] = await Promise.all([\n  readFile('config.json', 'utf8'),\n  readFile('schema.json', 'utf8'),\n]);`,
            },
          ],
        },
      ],
    },
    {
      // GET requests and AWS read commands read.
      code: `async function f(octokit, s3) {\n  const issues = await octokit.request('GET /repos/{owner}/{repo}/issues');\n  const object = await s3.send(new GetObjectCommand(params));\n}`,
      errors: [
        {
          ...sequential(2),
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `async function f(octokit, s3) {\n  const [issues, object] = await Promise.all([\n    octokit.request('GET /repos/{owner}/{repo}/issues'),\n    s3.send(new GetObjectCommand(params)),\n  ]);\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `async function f(x) { return combine(await readA(x), await readB(x)); }`,
      errors: [
        {
          ...sequential(2),
          column: 38,
          suggestions: [{ messageId: 'usePromiseAll', output: `async function f(x) { return combine(...(await Promise.all([readA(x), readB(x)]))); }` }],
        },
      ],
    },
    {
      code: `async function f() { return [await getA(), await getB(), 3]; }`,
      errors: [
        { ...sequential(2), suggestions: [{ messageId: 'usePromiseAll', output: `async function f() { return [...(await Promise.all([getA(), getB()])), 3]; }` }] },
      ],
    },
    {
      // A local object only looked up by key: the order its keys arrive in cannot be seen.
      code: `async function f(files) {\n  const contents = {};\n  for (const file of files) {\n    const text = await readFile(file, 'utf8');\n    contents[file] = text;\n  }\n  return files.map((file) => contents[file].length);\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          endLine: 3,
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(files) {\n  const contents = {};\n  await Promise.all(Array.from(files, async (file) => {\n    const text = await readFile(file, 'utf8');\n    contents[file] = text;\n  }));\n  return files.map((file) => contents[file].length);\n}`,
            },
          ],
        },
      ],
    },
    {
      // Collected in order: the results become the mapped array.
      code: `async function f(ids) {\n  const results = [];\n  for (const id of ids.filter(Boolean)) {\n    const res = await fetch(\`/api/\${id}\`);\n    results.push(await res.json());\n  }\n  return results;\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(ids) {\n  const results = await Promise.all(ids.filter(Boolean).map(async (id) => {\n    const res = await fetch(\`/api/\${id}\`);\n    return await res.json();\n  }));\n  return results;\n}`,
            },
          ],
        },
      ],
    },
    {
      // Pushed into an array that already has items: pushed after, in order.
      code: `async function f(ids, all) {\n  for (const id of ids) {\n    const user = await getUser(id);\n    all.push(user);\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(ids, all) {\n  all.push(...(await Promise.all(Array.from(ids, async (id) => {\n    const user = await getUser(id);\n    return user;\n  }))));\n}`,
            },
          ],
        },
      ],
    },
    {
      // Keyed writes into a local Map only looked up; destructured entries of a known array.
      code: `async function f(obj) {\n  const sizes = new Map();\n  for (const [key, url] of Object.entries(obj)) {\n    sizes.set(key, (await stat(url)).size);\n  }\n  return sizes.get('main');\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(obj) {\n  const sizes = new Map();\n  await Promise.all(Object.entries(obj).map(async ([key, url]) => {\n    sizes.set(key, (await stat(url)).size);\n  }));\n  return sizes.get('main');\n}`,
            },
          ],
        },
      ],
    },
    {
      // Index loop writing by index; a continue before the first await becomes a return.
      code: `async function f(items, details) {\n  for (let i = 0; i < items.length; i++) {\n    if (!items[i].enabled) continue;\n    details[i] = await loadDetails(items[i].id);\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(items, details) {\n  await Promise.all(Array.from(items, async (_, i) => {\n    if (!items[i].enabled) return;\n    details[i] = await loadDetails(items[i].id);\n  }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A push before the first await keeps its order in the rewrite too.
      code: `async function f(names, seen) {\n  for (const name of names) {\n    seen.push(name);\n    const st = await lstat(name).catch(() => null);\n    if (st) st.label = name;\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(names, seen) {\n  await Promise.all(Array.from(names, async (name) => {\n    seen.push(name);\n    const st = await lstat(name).catch(() => null);\n    if (st) st.label = name;\n  }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A body without braces, a labeled loop.
      code: `async function f(a, b) {\n  each: for (const item of [a, b]) item.value = await getThing(item.id);\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            { messageId: 'mapWithPromiseAll', output: `async function f(a, b) {\n  await Promise.all([a, b].map(async (item) => { item.value = await getThing(item.id); }));\n}` },
          ],
        },
      ],
    },
    {
      // Per-item pages are separate resources.
      code: `async function f(pages) {\n  for (const page of pages) page.cachedTitle = await page.title();\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(pages) {\n  await Promise.all(Array.from(pages, async (page) => { page.cachedTitle = await page.title(); }));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A loop inside a loop body: only the inner one.
      code: `async function f(groups) {\n  for (const g of groups) {\n    for (const item of g.items) item.thing = await getThing(item.id);\n    seen.add(g);\n  }\n}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 3,
          suggestions: [
            {
              messageId: 'mapWithPromiseAll',
              output: `async function f(groups) {\n  for (const g of groups) {\n    await Promise.all(Array.from(g.items, async (item) => { item.thing = await getThing(item.id); }));\n    seen.add(g);\n  }\n}`,
            },
          ],
        },
      ],
    },
  ],
});
