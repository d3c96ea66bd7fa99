"""Catalogue crawler: pulls product pages from a partner API with aiohttp."""
import asyncio
import logging

import aiohttp

log = logging.getLogger("crawler")
API = "https://partner.example.com/api"


async def fetch_product(sku: str) -> dict:
    async with aiohttp.ClientSession() as session:  # expect: py-session-per-call
        async with session.get(f"{API}/products/{sku}") as resp:
            resp.raise_for_status()
            return await resp.json()


async def crawl_skus(skus: list[str]) -> list[dict]:
    return await asyncio.gather(*(fetch_product(sku) for sku in skus))


async def get_json(session: aiohttp.ClientSession, url: str, retries: int = 3) -> dict:
    delay = 0.5
    for attempt in range(retries):
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
                resp.raise_for_status()
                return await resp.json()
        except asyncio.TimeoutError:  # expect: py-timeout-error
            log.warning("timeout on %s (attempt %d)", url, attempt + 1)
        except aiohttp.ClientResponseError as exc:
            if exc.status < 500:
                raise
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError(f"giving up on {url}")


async def all_pages(session: aiohttp.ClientSession, category: str) -> list[dict]:
    items: list[dict] = []
    url: str | None = f"{API}/categories/{category}?page=1"
    while url:
        page = await get_json(session, url)
        items.extend(page["items"])
        url = page.get("next")
    return items


async def crawl_categories(categories: list[str]) -> dict[str, list[dict]]:
    async with aiohttp.ClientSession() as session:
        results = {}
        # The partner API allows one request at a time per key: keep it sequential.
        for category in categories:
            results[category] = await all_pages(session, category)
        return results


async def crawl_with_limit(urls: list[str], limit: int = 8) -> list[dict]:
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def one(url: str) -> dict:
            async with semaphore:
                return await get_json(session, url)

        return await asyncio.gather(*(one(u) for u in urls))


async def poll_job(session: aiohttp.ClientSession, job_id: str) -> dict:
    while True:
        status = await get_json(session, f"{API}/jobs/{job_id}")
        if status["state"] in ("done", "failed"):
            return status
        await asyncio.sleep(2)


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        try:
            stats = await asyncio.wait_for(get_json(session, f"{API}/stats"), timeout=5)
        except TimeoutError:
            stats = {}
        log.info("stats: %s", stats)
    products = await crawl_skus(["a-1", "b-2", "c-3"])
    log.info("%d products", len(products))


if __name__ == "__main__":
    asyncio.run(main())
