"""Upstream calls with deadlines, for a service that runs on Python 3.11+."""
import asyncio
import asyncio as aio
import concurrent.futures
from asyncio import TimeoutError as AsyncTimeout

import httpx


async def call_upstream(client: httpx.AsyncClient, url: str, deadline: float):
    try:
        async with asyncio.timeout(deadline):
            return await client.get(url)
    except asyncio.TimeoutError:  # asyncwise-expect: py-timeout-error
        return None


async def call_with_retries(client, url):
    for _ in range(3):
        try:
            return await aio.wait_for(client.get(url), 5)
        except (aio.TimeoutError, httpx.ConnectError):  # asyncwise-expect: py-timeout-error
            continue
    raise AsyncTimeout(f"{url} did not answer")  # asyncwise-expect: py-timeout-error


def wait_for_worker(future: concurrent.futures.Future, seconds: float):
    try:
        return future.result(timeout=seconds)
    except concurrent.futures.TimeoutError:  # asyncwise-expect: py-timeout-error
        future.cancel()
        raise


def is_timeout(error: BaseException) -> bool:
    return isinstance(error, (asyncio.TimeoutError, TimeoutError))  # asyncwise-expect: py-timeout-error


async def already_modern(client, url):
    try:
        async with asyncio.timeout(1):
            return await client.get(url)
    except TimeoutError:
        return None
    except httpx.TimeoutException:
        return None
