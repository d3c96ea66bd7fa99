import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-dangling-task';

const KEEP = '\n    _background_tasks.add(task)\n    task.add_done_callback(_background_tasks.discard)';

runPythonRuleTests('py-dangling-task', rule, {
  valid: [
    // Kept: awaited later, returned, stored, handed on.
    'import asyncio\nasync def main():\n    task = asyncio.create_task(work())\n    await task\n',
    'import asyncio\nasync def main():\n    return asyncio.create_task(work())\n',
    'import asyncio\nasync def main(self):\n    self._task = asyncio.create_task(work())\n',
    'import asyncio\nasync def main(tasks):\n    tasks.add(asyncio.create_task(work()))\n',
    'import asyncio\nasync def main():\n    t = asyncio.create_task(work())\n    t.add_done_callback(print)\n',
    'import asyncio\nasync def main():\n    await asyncio.gather(asyncio.create_task(a()), asyncio.create_task(b()))\n',
    'import asyncio\nasync def main():\n    tasks = [asyncio.create_task(work(i)) for i in range(3)]\n    await asyncio.wait(tasks)\n',
    'import asyncio\nRUNNER = asyncio.ensure_future(work())\n',
    'import asyncio\nasync def main():\n    await asyncio.create_task(work())\n',
    // A local in a coroutine that awaits afterwards holds the task while it waits (uvicorn's lifespan).
    'import asyncio\nasync def startup(self):\n    main_task = asyncio.create_task(self.main())\n    await self.started.wait()\n',
    // A TaskGroup keeps its tasks.
    'import asyncio\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(work())\n',
    // Not asyncio's: an unknown object's create_task, a local create_task.
    'async def main(scheduler):\n    scheduler.create_task(work())\n',
    'def create_task(coro):\n    pass\nasync def main():\n    create_task(work())\n',
    // ensure_future of a future made elsewhere starts no new task.
    'import asyncio\nasync def main(fut):\n    asyncio.ensure_future(fut)\n',
    'import asyncio\nasync def main(loop):\n    asyncio.ensure_future(loop.run_in_executor(None, work))\n',
    // A parameter named like asyncio's function but shadowing it.
    'from asyncio import create_task\nasync def main(create_task):\n    create_task(work())\n',
  ],
  invalid: [
    {
      code: 'import asyncio\n\nasync def main():\n    asyncio.create_task(work())\n',
      errors: [
        {
          messageId: 'droppedTask',
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'keepReference',
              output: `import asyncio\n\n_background_tasks = set()\n\nasync def main():\n    task = asyncio.create_task(work())${KEEP}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'assigned to a local never used: keeps its name',
      code: 'import asyncio\n\nasync def main():\n    runner = asyncio.ensure_future(work())\n',
      errors: [
        {
          messageId: 'unreadTask',
          suggestions: [
            {
              messageId: 'keepReference',
              output:
                'import asyncio\n\n_background_tasks = set()\n\nasync def main():\n    runner = asyncio.ensure_future(work())' +
                '\n    _background_tasks.add(runner)\n    runner.add_done_callback(_background_tasks.discard)\n',
            },
          ],
        },
      ],
    },
    {
      name: 'an existing _background_tasks set is reused; a taken `task` name is avoided; comments stay',
      code: 'import asyncio\n_background_tasks = set()\nasync def main(task):\n    if task:\n        asyncio.create_task(work())  # fire\n',
      errors: [
        {
          messageId: 'droppedTask',
          suggestions: [
            {
              messageId: 'keepReference',
              output:
                'import asyncio\n_background_tasks = set()\nasync def main(task):\n    if task:\n        background_task = asyncio.create_task(work())  # fire' +
                '\n        _background_tasks.add(background_task)\n        background_task.add_done_callback(_background_tasks.discard)\n',
            },
          ],
        },
      ],
    },
    {
      name: 'loop.create_task on a running loop and on a loop variable',
      code:
        'import asyncio\nasync def main():\n    running = asyncio.get_running_loop()\n    running.create_task(work())\n' +
        '    asyncio.get_event_loop().create_task(work())\n',
      errors: [
        {
          messageId: 'droppedTask',
          line: 4,
          suggestions: [
            {
              messageId: 'keepReference',
              output:
                'import asyncio\n\n_background_tasks = set()\nasync def main():\n    running = asyncio.get_running_loop()\n    task = running.create_task(work())' +
                `${KEEP}\n    asyncio.get_event_loop().create_task(work())\n`,
            },
          ],
        },
        {
          messageId: 'droppedTask',
          line: 5,
          suggestions: [
            {
              messageId: 'keepReference',
              output:
                'import asyncio\n\n_background_tasks = set()\nasync def main():\n    running = asyncio.get_running_loop()\n    running.create_task(work())\n' +
                `    task = asyncio.get_event_loop().create_task(work())${KEEP}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'self._loop in a sync callback',
      code: 'import asyncio\nclass Server:\n    def on_data(self, data):\n        self._loop.create_task(self.handle(data))\n',
      errors: [
        {
          messageId: 'droppedTask',
          suggestions: [
            {
              messageId: 'keepReference',
              output:
                'import asyncio\n\n_background_tasks = set()\nclass Server:\n    def on_data(self, data):\n        task = self._loop.create_task(self.handle(data))' +
                '\n        _background_tasks.add(task)\n        task.add_done_callback(_background_tasks.discard)\n',
            },
          ],
        },
      ],
    },
    {
      name: 'no suggestion: _background_tasks means something else, or the line holds more code',
      code: 'import asyncio\n_background_tasks = []\nasync def main():\n    asyncio.create_task(work()); print(1)\n    asyncio.create_task(work())\n',
      errors: [
        { messageId: 'droppedTask', line: 4, suggestions: [] },
        { messageId: 'droppedTask', line: 5, suggestions: [] },
      ],
    },
    {
      name: 'from-import, no import line above: reported without a suggestion',
      code: 'async def main():\n    from asyncio import create_task\n    create_task(work())\n',
      errors: [{ messageId: 'droppedTask', suggestions: [] }],
    },
  ],
});
