import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-prefer-gather';

const fn = (body: string, head = 'import asyncio\n'): string => `${head}async def f(uid, items):\n${body.replace(/^/gm, '    ')}\n`;

runPythonRuleTests('py-prefer-gather', rule, {
  valid: [
    // Dependent: the second call needs the first result, directly or through an object.
    fn('user = await get_user(uid)\norders = await get_orders(user.id)'),
    fn('self.app = await self.get_application()\nself.server = await self.get_server(self.app)'),
    fn('token = await get_token()\ndata = await get_data(headers={"auth": token})'),
    // ...or through a closure or a global the later call can see.
    fn('token = await get_token()\ndef auth():\n    return token\ndata = await get_data(auth)'),
    fn('global cache\ncache = await load_cache()\nitem = await get_item(1)'),
    fn('state.x = await get_x()\ny = await get_y()'),
    // One connection, cursor, session, stream, websocket, request or response.
    fn('a = await conn.fetch("SELECT 1")\nb = await conn.fetch("SELECT 2")'),
    fn('a = await self.conn.fetchval("SELECT 1")\nb = await self.conn.fetchval("SELECT 2")'),
    fn('a = await db.execute("SELECT 1")\nb = await db.execute("SELECT 2")'),
    fn('a = await session.get(User, 1)\nb = await session.get(Team, 2)'),
    fn('a = await cursor.fetchone()\nb = await cursor.fetchall()'),
    fn('body = await request.body()\nform = await request.form()'),
    fn('text = await resp.text()\ndata = await resp.json()'),
    fn('a = await ws.receive_json()\nb = await ws.receive_json()'),
    fn('a = await query(conn, "SELECT 1")\nb = await query(conn, "SELECT 2")'),
    'import asyncio\nclass Connection:\n    async def load(self):\n        a = await self.fetch_a()\n        b = await self.fetch_b()\n',
    // Anything inside a transaction, a lock, a semaphore, a limiter.
    fn('async with conn.transaction():\n    a = await get_a()\n    b = await get_b()'),
    fn('async with self._lock:\n    a = await get_a()\n    b = await get_b()'),
    fn('async with sem:\n    a = await get_a()\n    b = await get_b()'),
    // Writes, sends then receives, deletes then creates, commands whose result is dropped.
    fn('await ws.send_json(msg)\nreply = await ws.receive_json()'),
    fn('await store.delete(key)\nitem = await store.get(key)'),
    fn('a = await api.create_user(u)\nusers = await api.list_users()'),
    fn('a = await pool.fetch("INSERT INTO t VALUES (1)")\nb = await pool.fetch("SELECT * FROM t")'),
    fn('a = await client.request("POST", "/a")\nb = await client.request("GET", "/b")'),
    fn('await init()\nawait start()'),
    fn('await handle(a)\nawait handle(b)'),
    // Sleeps and asyncio primitives; anything between the awaits.
    fn('a = await get_a()\nawait asyncio.sleep(1)\nb = await get_b()'),
    fn('a = await asyncio.wait_for(get_a(), 1)\nb = await asyncio.wait_for(get_b(), 1)'),
    fn('a = await get_a()\nlogger.info("got a")\nb = await get_b()'),
    fn('a = await get_a()\nif not a:\n    return\nb = await get_b()'),
    // Already running: awaiting tasks and futures costs nothing extra.
    fn('a = await task_a\nb = await task_b'),
    // The same call twice is a before/after read.
    fn('before = await get_count()\nafter = await get_count()'),
    // Nested awaits, walrus; tuple, augmented, subscript and chained targets.
    fn('a = await get_a(await get_id())\nb = await get_b()'),
    fn('a = await get_a(n := 1)\nb = await get_b()'),
    fn('a, b = await get_pair()\nc = await get_c()'),
    fn('total += await get_a()\ntotal += await get_b()'),
    fn('out["a"] = await get_a()\nout["b"] = await get_b()'),
    fn('a = b = await get_a()\nc = await get_c()'),
    // Rate limits, retries and polling: a loop that paces itself.
    fn('for attempt in range(3):\n    a = await get_a()\n    b = await get_b()\n    await asyncio.sleep(2 ** attempt)'),
    // A comment says the order is intended.
    fn('# one at a time: the API rejects concurrent requests\na = await get_a()\nb = await get_b()'),
    fn('# 순차 실행: 서버가 동시 요청을 막음\na = await get_a()\nb = await get_b()'),
    // The function gathers these calls on another branch already.
    fn('if fast:\n    return await asyncio.gather(get_a(), get_b())\na = await get_a()\nb = await get_b()'),
    // Not a coroutine, or trio/anyio code.
    'def f():\n    a = get_a()\n    b = get_b()\n',
    'import trio\nasync def f():\n    a = await get_a()\n    b = await get_b()\n',
    // Loops: items that are the work, several statements, break/continue, try, async for, else.
    fn('for step in items:\n    await step()'),
    fn('for m in items:\n    await m.load()'),
    fn('for u in items:\n    await send(u)'),
    fn('for u in items:\n    r = await fetch(u)\n    print(r)'),
    fn('for u in items:\n    try:\n        await fetch(u)\n    except OSError:\n        pass'),
    fn('async for u in stream:\n    await fetch(u)'),
    fn('for u in items:\n    await fetch(u)\nelse:\n    pass'),
    fn('for u in items:\n    await conn.fetch(u)'),
    fn('for u in items:\n    await fetch(u)\nprint(u)'),
    fn('for u in items:\n    await fetch_all()'),
    fn('out = []\nfor u in items:\n    out.append(await fetch(u, out))'),
    fn('found = []\nfor u in items:\n    found.append(await send(u))'),
    fn('for u in items:\n    total += await fetch(u)'),
    // List comprehensions: the same limits as the loop, and the list must be what the code keeps.
    fn('out = [await step() for step in items]'),
    fn('out = [await m.load() for m in items]'),
    fn('out = [await conn.fetch(u) for u in items]'),
    fn('out = [await send(u) for u in items]'),
    fn('out = [await fetch_all() for u in items]'),
    // A dict filled in a loop whose key is not the item's own; a key that awaits.
    fn('out = {}\nfor u in items:\n    out[uid] = await fetch(u)'),
    fn('out = {k: await fetch(k) for k in await keys()}'),
    fn('out = [await fetch(u) for u in items if await allowed(u)]'),
    fn('out = [await fetch(u) async for u in stream]'),
    fn('out = [await fetch(u) for u in await list_items()]'),
    fn('out = [await asyncio.sleep(u) for u in items]'),
    fn('out = [await fetch(await key(u)) for u in items]'),
    fn('print([await fetch(u) for u in items])'),
    fn('out = {await fetch(u) for u in items}'),
    fn('async with self._lock:\n    out = [await fetch(u) for u in items]'),
    fn('# one at a time: the API rejects concurrent requests\nout = [await fetch(u) for u in items]'),
    'def f(items):\n    return [fetch(u) for u in items]\n',
  ],
  invalid: [
    {
      code: fn('user = await get_user(uid)\norders = await get_orders(uid)\nreturn user, orders'),
      errors: [
        {
          messageId: 'sequentialAwaits',
          line: 3,
          column: 12,
          suggestions: [{ messageId: 'useGather', output: fn('user, orders = await asyncio.gather(get_user(uid), get_orders(uid))\nreturn user, orders') }],
        },
      ],
    },
    {
      // No asyncio import yet: it is added after the docstring; attribute targets are kept.
      code: '"""Dashboard."""\nimport json\nasync def f(self):\n    self.a = await load_a()\n    self.b = await load_b()\n',
      errors: [
        {
          messageId: 'sequentialAwaits',
          suggestions: [{ messageId: 'useGather', output: '"""Dashboard."""\nimport asyncio\nimport json\nasync def f(self):\n    self.a, self.b = await asyncio.gather(load_a(), load_b())\n' }],
        },
      ],
    },
    {
      // An alias of asyncio, and `gather` imported by name.
      code: 'import asyncio as aio\nasync def f():\n    a = await get_a()\n    b = await get_b()\n',
      errors: [{ messageId: 'sequentialAwaits', suggestions: [{ messageId: 'useGather', output: 'import asyncio as aio\nasync def f():\n    a, b = await aio.gather(get_a(), get_b())\n' }] }],
    },
    {
      code: 'from asyncio import gather\nasync def f():\n    a = await get_a()\n    b = await get_b()\n',
      errors: [{ messageId: 'sequentialAwaits', suggestions: [{ messageId: 'useGather', output: 'from asyncio import gather\nasync def f():\n    a, b = await gather(get_a(), get_b())\n' }] }],
    },
    {
      // Annotations stay as declarations; long calls go one per line.
      code: fn('profile: Profile = await load_profile_from_the_slow_service(uid)\nsettings: Settings = await load_settings_from_the_slow_service(uid)'),
      errors: [
        {
          messageId: 'sequentialAwaits',
          suggestions: [
            {
              messageId: 'useGather',
              output: fn('profile: Profile\nsettings: Settings\nprofile, settings = await asyncio.gather(\n    load_profile_from_the_slow_service(uid),\n    load_settings_from_the_slow_service(uid),\n)'),
            },
          ],
        },
      ],
    },
    {
      // Dropped reads, and a mix with `_` when the file never uses `_`.
      code: fn('await fetch_a()\nawait fetch_b()'),
      errors: [{ messageId: 'sequentialAwaits', suggestions: [{ messageId: 'useGather', output: fn('await asyncio.gather(fetch_a(), fetch_b())') }] }],
    },
    {
      code: fn('await load_config()\nb = await get_b()'),
      errors: [{ messageId: 'sequentialAwaits', suggestions: [{ messageId: 'useGather', output: fn('_, b = await asyncio.gather(load_config(), get_b())') }] }],
    },
    {
      // A comment between: reported, no suggestion (it would be lost).
      code: fn('a = await get_a()\n# the b part\nb = await get_b()'),
      errors: [{ messageId: 'sequentialAwaits', suggestions: [] }],
    },
    {
      // A dependent await splits the run: the second and third can still overlap.
      code: fn('user = await get_user(uid)\nteam = await get_team(user.team_id)\nposts = await get_posts(uid)'),
      errors: [{ messageId: 'sequentialAwaits', line: 4, suggestions: [{ messageId: 'useGather', output: fn('user = await get_user(uid)\nteam, posts = await asyncio.gather(get_team(user.team_id), get_posts(uid))') }] }],
    },
    {
      // An aiohttp session is a pool: requests through it may overlap.
      code: 'import asyncio\nimport aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        a = await get_json(s, "/a")\n        b = await get_json(s, "/b")\n',
      errors: [{ messageId: 'sequentialAwaits', suggestions: [{ messageId: 'useGather', output: 'import asyncio\nimport aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        a, b = await asyncio.gather(get_json(s, "/a"), get_json(s, "/b"))\n' }] }],
    },
    {
      code: fn('for url in items:\n    await fetch_title(url)'),
      errors: [{ messageId: 'sequentialLoop', line: 3, suggestions: [{ messageId: 'useGather', output: fn('await asyncio.gather(*(fetch_title(url) for url in items))') }] }],
    },
    {
      code: fn('titles = []\nfor key, url in items.items():\n    titles.append(await fetch_title(key, url))\nreturn titles'),
      errors: [
        {
          messageId: 'sequentialLoop',
          suggestions: [{ messageId: 'useGather', output: fn('titles = await asyncio.gather(*(fetch_title(key, url) for key, url in items.items()))\nreturn titles') }],
        },
      ],
    },
    {
      code: fn('titles = [await fetch_title(url) for url in items]\nreturn titles'),
      errors: [
        {
          messageId: 'sequentialComprehension',
          line: 3,
          column: 14,
          suggestions: [{ messageId: 'useGather', output: fn('titles = await asyncio.gather(*(fetch_title(url) for url in items))\nreturn titles') }],
        },
      ],
    },
    {
      // Nested clauses: gather takes the same generator.
      code: fn('out = [await fetch(u, v) for u in items for v in u]\nreturn out'),
      errors: [{ messageId: 'sequentialComprehension', suggestions: [{ messageId: 'useGather', output: fn('out = await asyncio.gather(*(fetch(u, v) for u in items for v in u))\nreturn out') }] }],
    },
    {
      // A dict, by comprehension or by a loop: reported, the rewrite left to the author.
      code: fn('out = {u: await fetch(u) for u in items}\nreturn out'),
      errors: [{ messageId: 'sequentialComprehension', suggestions: [] }],
    },
    {
      code: fn('out = {}\nfor u in items:\n    out[u] = await fetch(u)\nreturn out'),
      errors: [{ messageId: 'sequentialLoop', line: 4, suggestions: [] }],
    },
    {
      // A loop inside another loop, and work run in a thread.
      code: fn('for group in items:\n    results = []\n    for u in group:\n        results.append(await asyncio.to_thread(parse_item, u))\n    print(results)'),
      errors: [{ messageId: 'sequentialLoop', line: 5, suggestions: [{ messageId: 'useGather', output: fn('for group in items:\n    results = await asyncio.gather(*(asyncio.to_thread(parse_item, u) for u in group))\n    print(results)') }] }],
    },
    {
      // `return [...]`, an `if` clause kept, a tuple target, an annotation kept.
      code: fn('return [await fetch_title(k, u) for k, u in items.items() if u]'),
      errors: [{ messageId: 'sequentialComprehension', suggestions: [{ messageId: 'useGather', output: fn('return await asyncio.gather(*(fetch_title(k, u) for k, u in items.items() if u))') }] }],
    },
    {
      code: 'async def f(items):\n    pages: list[str] = [await fetch_page(u) for u in items]\n    return pages\n',
      errors: [
        {
          messageId: 'sequentialComprehension',
          suggestions: [{ messageId: 'useGather', output: 'import asyncio\nasync def f(items):\n    pages: list[str] = await asyncio.gather(*(fetch_page(u) for u in items))\n    return pages\n' }],
        },
      ],
    },
    {
      // An iterable that needs parentheses inside the generator.
      code: fn('for url in items if uid else []:\n    await fetch_title(url)'),
      errors: [{ messageId: 'sequentialLoop', suggestions: [{ messageId: 'useGather', output: fn('await asyncio.gather(*(fetch_title(url) for url in (items if uid else [])))') }] }],
    },
  ],
});
