"""A small crawler."""
import asyncio

import aiohttp
import httpx


async def fetch(url):
    async with aiohttp.ClientSession() as session:  # asyncwise-expect: py-session-per-call
        async with session.get(url) as response:
            return await response.text()


async def crawl(urls):
    return await asyncio.gather(*(fetch(url) for url in urls))


async def fetch_with(session, url):
    async with session.get(url) as response:
        return await response.text()


async def crawl_shared(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_with(session, url) for url in urls))


class Checker:
    async def status(self, url):
        async with httpx.AsyncClient() as client:  # asyncwise-expect: py-session-per-call
            response = await client.head(url)
            return response.status_code

    async def check_all(self, urls):
        results = {}
        for url in urls:  # asyncwise-expect: py-prefer-gather
            results[url] = await self.status(url)
        return results


def make_client():
    # A factory: whoever calls it owns the client.
    return httpx.AsyncClient(timeout=10)


async def main():
    async with aiohttp.ClientSession() as session:
        print(await fetch_with(session, "https://example.com"))
