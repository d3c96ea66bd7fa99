import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-await-outside-async';

runPythonRuleTests('py-await-outside-async', rule, {
  valid: [
    'async def load(path):\n    return await read(path)\n',
    // Top-level await: the asyncio REPL and notebooks accept it.
    'data = await read("x")\n',
    'async with session() as s:\n    await s.get("/")\n',
    // Async comprehensions and generator expressions inside an async def.
    'async def load(paths):\n    return [await read(p) async for p in paths]\n',
    'async def load(paths):\n    return (await read(p) for p in paths)\n',
    // A nested async def inside a plain def, and a plain def inside an async def without await.
    'def outer():\n    async def inner():\n        await read("x")\n    return inner\n',
    'async def outer():\n    def inner():\n        return 1\n    await read(inner())\n',
    // `await` only in a class body is not a function's; say nothing.
    'class C:\n    x = 1\n',
    // Half-typed code is not reported.
    'def load(path):\n    data = await (\n',
  ],
  invalid: [
    {
      code: 'def load(path):\n    data = await read(path)\n    more = await read(data)\n    return more\n',
      errors: [
        {
          messageId: 'awaitInDef',
          line: 2,
          column: 12,
          suggestions: [{ messageId: 'makeAsync', output: 'async def load(path):\n    data = await read(path)\n    more = await read(data)\n    return more\n' }],
        },
      ],
    },
    {
      name: 'decorated: async goes before def, after the decorators',
      code: 'class Repo:\n    @staticmethod\n    @cached\n    def load(path):\n        return await read(path)\n',
      errors: [
        {
          messageId: 'awaitInDef',
          suggestions: [
            { messageId: 'makeAsync', output: 'class Repo:\n    @staticmethod\n    @cached\n    async def load(path):\n        return await read(path)\n' },
          ],
        },
      ],
    },
    {
      name: 'a plain def nested in an async def is reported on its own',
      code: 'async def main():\n    def on_done():\n        await close()\n    await run(on_done)\n',
      errors: [
        {
          messageId: 'awaitInDef',
          line: 3,
          suggestions: [{ messageId: 'makeAsync', output: 'async def main():\n    async def on_done():\n        await close()\n    await run(on_done)\n' }],
        },
      ],
    },
    {
      name: 'lambdas cannot be async',
      code: 'async def main():\n    handler = lambda: await close()\n',
      errors: [{ messageId: 'awaitInLambda', suggestions: [] }],
    },
    {
      name: '__init__ cannot be async',
      code: 'class Client:\n    def __init__(self):\n        self.conn = await connect()\n',
      errors: [{ messageId: 'awaitInSyncDunder', suggestions: [] }],
    },
    {
      name: '__aenter__ may be',
      code: 'class Client:\n    def __aenter__(self):\n        await self.open()\n        return self\n',
      errors: [
        {
          messageId: 'awaitInDef',
          suggestions: [{ messageId: 'makeAsync', output: 'class Client:\n    async def __aenter__(self):\n        await self.open()\n        return self\n' }],
        },
      ],
    },
    {
      name: 'an ASGI __call__ may be async',
      code: 'class App:\n    def __call__(self, scope, receive, send):\n        await send({})\n',
      errors: [
        {
          messageId: 'awaitInDef',
          suggestions: [{ messageId: 'makeAsync', output: 'class App:\n    async def __call__(self, scope, receive, send):\n        await send({})\n' }],
        },
      ],
    },
    {
      name: 'an await in a comprehension of a plain def',
      code: 'def load(paths):\n    return [await read(p) for p in paths]\n',
      errors: [
        { messageId: 'awaitInDef', suggestions: [{ messageId: 'makeAsync', output: 'async def load(paths):\n    return [await read(p) for p in paths]\n' }] },
      ],
    },
  ],
});
