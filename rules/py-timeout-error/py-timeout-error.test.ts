import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-timeout-error';

const on = (version: string) => ({ asyncwise: { python: { targetVersion: version } } });

runPythonRuleTests('py-timeout-error', rule, {
  valid: [
    // Code that only runs before 3.11, whatever the target.
    { code: 'import asyncio, sys\nif sys.version_info < (3, 11):\n    E = asyncio.TimeoutError()\n', settings: on('3.12') },
    { code: 'import asyncio, sys\nPY311 = sys.version_info >= (3, 11)\nif PY311:\n    pass\nelif True:\n    raise asyncio.TimeoutError\n', settings: on('3.12') },
    // Before 3.11 asyncio.TimeoutError is a different class: it must stay.
    { code: 'import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n', settings: on('3.10') },
    { code: 'import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n', settings: on('3.8') },
    // A setting that is not a version: silent rather than wrong.
    { code: 'import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n', settings: on('latest') },
    'try:\n    pass\nexcept TimeoutError:\n    pass\n',
    // The file's own TimeoutError: the fix would name it, not the builtin.
    'import asyncio\nclass TimeoutError(Exception):\n    pass\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n',
    'import asyncio\nfrom .errors import TimeoutError\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n',
    // Imported without an alias it already reads `TimeoutError`.
    'from asyncio import TimeoutError\ntry:\n    pass\nexcept TimeoutError:\n    pass\n',
    // Other libraries' timeouts are their own classes.
    'import socket, httpx, anyio\ntry:\n    pass\nexcept (socket.timeout, httpx.TimeoutException, anyio.TimeoutError):\n    pass\n',
    'async def f(asyncio):\n    try:\n        pass\n    except asyncio.TimeoutError:\n        pass\n',
    // Not an exception-class position.
    'import asyncio\nTIMEOUTS = {asyncio.TimeoutError: "slow"}\n',
  ],
  invalid: [
    {
      code: 'import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n',
      output: 'import asyncio\ntry:\n    pass\nexcept TimeoutError:\n    pass\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin', line: 4, column: 8 }],
    },
    {
      code: 'import asyncio as aio\ntry:\n    pass\nexcept (aio.TimeoutError, ValueError) as exc:\n    raise aio.TimeoutError("slow") from exc\n',
      output: 'import asyncio as aio\ntry:\n    pass\nexcept (TimeoutError, ValueError) as exc:\n    raise TimeoutError("slow") from exc\n',
      errors: [{ messageId: 'useBuiltin', line: 4 }, { messageId: 'useBuiltin', line: 5 }],
      settings: on('3.12'),
    },
    {
      code: 'from asyncio import TimeoutError as AsyncTimeout\ntry:\n    pass\nexcept AsyncTimeout:\n    raise AsyncTimeout\n',
      output: 'from asyncio import TimeoutError as AsyncTimeout\ntry:\n    pass\nexcept TimeoutError:\n    raise TimeoutError\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin' }, { messageId: 'useBuiltin' }],
    },
    {
      // The builtin is already in the tuple: the alias goes, with its comma.
      code: 'import asyncio\ntry:\n    pass\nexcept (asyncio.TimeoutError, TimeoutError):\n    pass\nexcept (OSError, asyncio.TimeoutError, TimeoutError):\n    pass\n',
      output: 'import asyncio\ntry:\n    pass\nexcept TimeoutError:\n    pass\nexcept (OSError, TimeoutError):\n    pass\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin', line: 4 }, { messageId: 'useBuiltin', line: 6 }],
    },
    {
      code: 'import asyncio\nimport concurrent.futures\ndef f(e):\n    return isinstance(e, (asyncio.exceptions.TimeoutError, concurrent.futures.TimeoutError))\n',
      output: 'import asyncio\nimport concurrent.futures\ndef f(e):\n    return isinstance(e, (TimeoutError, TimeoutError))\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin' }, { messageId: 'useBuiltin' }],
    },
    {
      code: 'import asyncio, pytest\nfrom contextlib import suppress\nasync def test_slow():\n    with pytest.raises(asyncio.TimeoutError):\n        pass\n    with suppress(KeyError, asyncio.TimeoutError):\n        pass\n',
      output: 'import asyncio, pytest\nfrom contextlib import suppress\nasync def test_slow():\n    with pytest.raises(TimeoutError):\n        pass\n    with suppress(KeyError, TimeoutError):\n        pass\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin' }, { messageId: 'useBuiltin' }],
    },
    {
      // An instance made to be stored and raised later.
      code: 'import asyncio\nclass Socket:\n    def _on_timeout(self):\n        self._exception = asyncio.TimeoutError()\n',
      output: 'import asyncio\nclass Socket:\n    def _on_timeout(self):\n        self._exception = TimeoutError()\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin', line: 4 }],
    },
    {
      code: 'import asyncio\ntry:\n    pass\nexcept* asyncio.TimeoutError:\n    pass\n',
      output: 'import asyncio\ntry:\n    pass\nexcept* TimeoutError:\n    pass\n',
      settings: on('3.11'),
      errors: [{ messageId: 'useBuiltin' }],
    },
    {
      // Nothing declares the target (the default is assumed): reported, rewritten only on request.
      code: 'import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    pass\n',
      errors: [{ messageId: 'useBuiltin', suggestions: [{ messageId: 'writeBuiltin', output: 'import asyncio\ntry:\n    pass\nexcept TimeoutError:\n    pass\n' }] }],
    },
    {
      // A branch that only runs on 3.11+: the target does not matter there.
      code: 'import asyncio, sys\ndef f(e):\n    if sys.version_info >= (3, 11):\n        return isinstance(e, asyncio.TimeoutError)\n    else:\n        return isinstance(e, (asyncio.TimeoutError, OSError))\n',
      output: 'import asyncio, sys\ndef f(e):\n    if sys.version_info >= (3, 11):\n        return isinstance(e, TimeoutError)\n    else:\n        return isinstance(e, (asyncio.TimeoutError, OSError))\n',
      settings: on('3.8'),
      errors: [{ messageId: 'useBuiltin', line: 4 }],
    },
  ],
});
