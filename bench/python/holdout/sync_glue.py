"""Glue between callback-style code and asyncio."""
import asyncio
import logging
import threading
import time

log = logging.getLogger("glue")


async def fetch_config(name: str) -> dict:
    await asyncio.sleep(0)
    return {"name": name}


def load_config_sync(name: str) -> dict:
    config = await fetch_config(name)  # expect: py-await-outside-async
    return config


def load_config_properly(name: str) -> dict:
    return asyncio.run(fetch_config(name))


class Plugin:
    def on_message(self, payload: bytes) -> None:
        result = await self.process(payload)  # expect: py-await-outside-async
        log.info("processed %s", result)

    async def process(self, payload: bytes) -> int:
        await asyncio.sleep(0)
        return len(payload)

    def on_message_threadsafe(self, loop: asyncio.AbstractEventLoop, payload: bytes) -> None:
        future = asyncio.run_coroutine_threadsafe(self.process(payload), loop)
        future.add_done_callback(lambda f: log.info("processed %s", f.result()))


async def gather_configs(names: list[str]) -> list[dict]:
    return [await fetch_config(n) for n in names]  # expect: py-prefer-gather


async def wait_for_flag(flag: threading.Event) -> None:
    # The flag is set by another thread; poll it without blocking the loop.
    while not flag.is_set():
        await asyncio.sleep(0.05)


async def with_deadline(name: str) -> dict | None:
    try:
        return await asyncio.wait_for(fetch_config(name), timeout=2)
    except asyncio.TimeoutError:  # expect: py-timeout-error
        return None


async def slow_start() -> None:
    def warm() -> None:
        time.sleep(0.5)

    await asyncio.to_thread(warm)
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.1)


def start_background(loop: asyncio.AbstractEventLoop) -> None:
    loop.call_soon_threadsafe(lambda: asyncio.ensure_future(fetch_config("bg")))  # expect: py-dangling-task
