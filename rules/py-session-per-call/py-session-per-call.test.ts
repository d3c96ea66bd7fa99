import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-session-per-call';

const head = 'import asyncio\nimport aiohttp\nimport httpx\n';
const fetch = 'async def fetch(url):\n    async with aiohttp.ClientSession() as session:\n        async with session.get(url) as r:\n            return await r.text()\n';

runPythonRuleTests('py-session-per-call', rule, {
  valid: [
    // Called once.
    `${head}${fetch}async def run_once():\n    return await fetch("https://example.com")\n`,
    // Not called in this module at all (a handler, a public helper).
    `${head}${fetch}`,
    // One session, passed in.
    `${head}async def fetch(session, url):\n    async with session.get(url) as r:\n        return await r.text()\nasync def crawl(urls):\n    async with aiohttp.ClientSession() as s:\n        return await asyncio.gather(*(fetch(s, u) for u in urls))\n`,
    // Created in main(), at startup, or at module level.
    `${head}async def main():\n    async with aiohttp.ClientSession() as s:\n        pass\nfor i in range(3):\n    asyncio.run(main())\n`,
    `${head}class Api:\n    def __init__(self):\n        self.session = aiohttp.ClientSession()\n`,
    `${head}session = aiohttp.ClientSession()\n`,
    // Factories: the caller owns what is returned or stored.
    `${head}def make_client():\n    return httpx.AsyncClient()\nclients = [make_client() for _ in range(3)]\n`,
    `${head}async def open_session():\n    s = aiohttp.ClientSession()\n    return s\nasync def f(xs):\n    for x in xs:\n        await open_session()\n`,
    `${head}class Api:\n    async def connect(self):\n        self.session = aiohttp.ClientSession()\n    async def f(self, xs):\n        for x in xs:\n            await self.connect()\n`,
    // The function already takes a session: the fallback is a choice.
    `${head}async def fetch(url, session=None):\n    session = session or aiohttp.ClientSession()\n    return await session.get(url)\nasync def crawl(urls):\n    for u in urls:\n        await fetch(u)\n`,
    // while loops poll or retry.
    `${head}${fetch}async def poll():\n    while True:\n        await fetch("https://example.com")\n        await asyncio.sleep(60)\n`,
    // requests is not a pool of this kind.
    'import requests\ndef fetch(url):\n    with requests.Session() as s:\n        return s.get(url)\nfor u in urls:\n    fetch(u)\n',
    // Another function of the same name elsewhere is a different function.
    `${head}${fetch}class Other:\n    async def fetch(self, u):\n        return u\n    async def go(self, us):\n        for u in us:\n            await self.fetch(u)\n`,
  ],
  invalid: [
    {
      code: `${head}${fetch}async def crawl(urls):\n    return await asyncio.gather(*(fetch(u) for u in urls))\n`,
      errors: [{ messageId: 'sessionPerCall', line: 5, data: { session: 'aiohttp.ClientSession', function: 'fetch', line: '9' } }],
    },
    {
      code: `${head}${fetch}async def crawl(urls):\n    for u in urls:\n        print(await fetch(u))\n`,
      errors: [{ messageId: 'sessionPerCall', data: { session: 'aiohttp.ClientSession', function: 'fetch', line: '10' } }],
    },
    {
      code: `${head}${fetch}async def crawl(urls):\n    return [await fetch(u) for u in urls]\n`,
      errors: [{ messageId: 'sessionPerCall' }],
    },
    {
      code: `${head}${fetch}async def both():\n    return await asyncio.gather(fetch("a"), fetch("b"))\n`,
      errors: [{ messageId: 'sessionPerCall' }],
    },
    {
      code: `${head}${fetch}async def crawl(urls):\n    return await asyncio.gather(*map(fetch, urls))\n`,
      errors: [{ messageId: 'sessionPerCall' }],
    },
    {
      code: `${head}class Crawler:\n    async def get(self, url):\n        async with httpx.AsyncClient() as client:\n            return await client.get(url)\n    async def run(self, urls):\n        for u in urls:\n            await self.get(u)\n`,
      errors: [{ messageId: 'sessionPerCall', data: { session: 'httpx.AsyncClient', function: 'get', line: '10' } }],
    },
    {
      // A nested helper called per item by its enclosing function.
      code: `${head}async def main(urls):\n    async def one(u):\n        async with aiohttp.ClientSession() as s:\n            return await s.get(u)\n    await asyncio.gather(*(one(u) for u in urls))\n`,
      errors: [{ messageId: 'sessionPerCall' }],
    },
  ],
});
