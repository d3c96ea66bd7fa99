import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-get-running-loop';

runPythonRuleTests('py-get-running-loop', rule, {
  valid: [
    // Code that only runs before 3.7, where get_running_loop() does not exist.
    'import asyncio, sys\nasync def f():\n    if sys.version_info < (3, 7):\n        loop = asyncio.get_event_loop()\n    else:\n        loop = asyncio.get_running_loop()\n',
    'import asyncio, sys\nasync def f():\n    if sys.version_info >= (3, 7):\n        loop = asyncio.get_running_loop()\n    else:\n        loop = asyncio.get_event_loop()\n',
    // A plain function may genuinely need "the loop, made if missing".
    'import asyncio\ndef main():\n    loop = asyncio.get_event_loop()\n',
    'import asyncio\nloop = asyncio.get_event_loop()\n',
    // A sync function nested in a coroutine runs later, maybe elsewhere.
    'import asyncio\nasync def f():\n    def cb():\n        return asyncio.get_event_loop()\n    return cb\n',
    'import asyncio\nasync def f():\n    loop = asyncio.get_running_loop()\n',
    // Not asyncio's: a method of some object, or the file's own function.
    'async def f(policy):\n    return policy.get_event_loop()\n',
    'def get_event_loop():\n    return 1\nasync def f():\n    return get_event_loop()\n',
    // uvloop and friends name theirs the same but are not asyncio.
    'import uvloop\nasync def f():\n    return uvloop.get_event_loop()\n',
  ],
  invalid: [
    {
      // A project that declares 3.6: the finding stands, the rewrite would break 3.6.
      code: 'import asyncio\nasync def f():\n    loop = asyncio.get_event_loop()\n',
      settings: { asyncwise: { python: { targetVersion: '3.6' } } },
      output: null,
      errors: [{ messageId: 'getEventLoop' }],
    },
    {
      code: 'import asyncio\nasync def f():\n    loop = asyncio.get_event_loop()\n',
      output: 'import asyncio\nasync def f():\n    loop = asyncio.get_running_loop()\n',
      errors: [{ messageId: 'getEventLoop', line: 3, column: 12 }],
    },
    {
      code: 'import asyncio as aio\nclass C:\n    async def run(self):\n        aio.get_event_loop().run_in_executor(None, work)\n',
      output: 'import asyncio as aio\nclass C:\n    async def run(self):\n        aio.get_running_loop().run_in_executor(None, work)\n',
      errors: [{ messageId: 'getEventLoop' }],
    },
    {
      code: 'from asyncio import get_event_loop\nasync def f():\n    return get_event_loop()\n',
      output: null,
      errors: [{ messageId: 'getEventLoop' }],
    },
  ],
});
