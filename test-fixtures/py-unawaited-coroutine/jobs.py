"""Background jobs of a crawler: coroutines and the sync code around them."""
import asyncio

import aiohttp


class Crawler:
    def __init__(self, urls):
        self.urls = urls
        self._session = None

    async def start(self):
        self._session = aiohttp.ClientSession()

    async def fetch(self, url):
        async with self._session.get(url) as resp:
            resp.read()  # asyncwise-expect: py-unawaited-coroutine
            return await resp.text()

    async def crawl_first(self):
        await self.start()
        page = await self.fetch(self.urls[0])
        self.close()  # asyncwise-expect: py-unawaited-coroutine
        return page

    async def close(self):
        await self._session.close()

    def __del__(self):
        if self._session is not None and not self._session.closed:
            self._session.close()  # asyncwise-expect: py-unawaited-coroutine


async def pause_between_batches(delay):
    asyncio.sleep(delay)  # asyncwise-expect: py-unawaited-coroutine


def run(urls):
    # The coroutine goes to asyncio.run, which runs it.
    return asyncio.run(Crawler(urls).crawl_first())


def fetch(url):
    # A plain function of the same name as the coroutine method: not a coroutine.
    return url


def main():
    fetch("https://example.com")
    loop = asyncio.new_event_loop()
    loop.run_until_complete(pause_between_batches(1))
