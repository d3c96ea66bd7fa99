"""Background work handed to threads from an aiohttp service."""
import asyncio
import asyncio as aio
from concurrent.futures import ThreadPoolExecutor

from .storage import load_report, render_pdf

_pool = ThreadPoolExecutor(max_workers=4)


async def report_pdf(report_id):
    loop = asyncio.get_event_loop()  # asyncwise-expect: py-get-running-loop
    report = await loop.run_in_executor(_pool, load_report, report_id)
    return await aio.get_event_loop().run_in_executor(_pool, render_pdf, report)  # asyncwise-expect: py-get-running-loop


async def already_fine(report_id):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_pool, load_report, report_id)


def start_background_loop():
    # A plain function: which loop it gets is a real question, not a mistake.
    loop = asyncio.get_event_loop()
    loop.run_forever()


async def schedule_callback(delay):
    def fire():
        # Runs later as a plain callback, outside this coroutine.
        asyncio.get_event_loop().stop()

    asyncio.get_running_loop().call_later(delay, fire)
