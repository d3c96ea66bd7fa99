"""Long-running workers that already keep their tasks the way asyncio's documentation shows."""
import asyncio

_background_tasks = set()


async def heartbeat(interval):
    while True:
        await asyncio.sleep(interval)


def start(interval):
    task = asyncio.ensure_future(heartbeat(interval))
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    return task


async def restart(interval):
    asyncio.create_task(heartbeat(interval))  # asyncwise-expect: py-dangling-task


async def supervise(workers):
    tasks = {asyncio.create_task(worker()) for worker in workers}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for task in pending:
        task.cancel()
    return done
