"""A library module that supports Python 3.7: asyncio.TimeoutError is not the builtin there."""
import asyncio
import sys


async def wait_or_none(awaitable, timeout):
    try:
        return await asyncio.wait_for(awaitable, timeout)
    except asyncio.TimeoutError:
        return None


async def loop_now():
    if sys.version_info >= (3, 7):
        loop = asyncio.get_running_loop()
    else:
        loop = asyncio.get_event_loop()
    return loop.time()


async def loop_later():
    loop = asyncio.get_event_loop()  # expect: py-get-running-loop
    return loop.time()
