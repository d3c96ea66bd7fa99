"""Background jobs of the shop: stock sync, price warm-up, nightly clean-up."""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

from .clients import InventoryClient, PriceCache, make_inventory

log = logging.getLogger(__name__)


class SyncClient:
    """The synchronous client the CLI uses; same method names, nothing to await."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def connect(self) -> None:
        log.info("connected to %s", self.base_url)

    def close(self) -> None:
        log.info("closed")


async def sync_stock(skus: list[str], base_url: str, token: str) -> dict[str, int]:
    client = InventoryClient(base_url, token)
    client.connect()  # expect: py-unawaited-coroutine
    try:
        return {sku: await client.stock(sku) for sku in skus}  # expect: py-prefer-gather
    finally:
        await client.close()


async def reserve_all(lines: list[tuple[str, int]], base_url: str, token: str) -> None:
    client = make_inventory(base_url, token)
    await client.connect()
    for sku, qty in lines:
        client.reserve(sku, qty)  # expect: py-unawaited-coroutine
    await client.close()


async def cached_prices(cache: PriceCache, skus: list[str]) -> dict[str, Optional[float]]:
    prices = {}
    for sku in skus:
        prices[sku] = await cache.get(sku)  # expect: py-prefer-gather
    return prices


async def check_one(client: Optional[InventoryClient], sku: str) -> int:
    if client is None:
        return 0
    client.stock(sku)  # expect: py-unawaited-coroutine
    return 1


def cli_sync(base_url: str) -> None:
    # The synchronous client: `connect` and `close` return nothing to await.
    client = SyncClient(base_url)
    client.connect()
    client.close()


async def sync_or_async(base_url: str, token: str, offline: bool) -> None:
    if offline:
        client = SyncClient(base_url)
        client.connect()
        client.close()
        return
    client = InventoryClient(base_url, token)
    await client.connect()
    log.info("stock of A1: %s", await client.stock("A1"))
    client.close()  # expect: py-unawaited-coroutine


async def stock_later(client: InventoryClient, sku: str) -> int:
    # The coroutine is created here and awaited below: nothing is lost.
    pending = client.stock(sku)
    log.debug("asked for %s", client.url_for(sku))
    return await pending


async def start_in_background(client: InventoryClient) -> asyncio.Task:
    return asyncio.create_task(client.connect())


class Reconciler:
    def __init__(self, inventory: InventoryClient, cache: PriceCache) -> None:
        self.inventory = inventory
        self.cache = cache
        self.cli = SyncClient("http://localhost")

    async def run(self, skus: list[str]) -> None:
        self.cli.connect()
        for sku in skus:
            self.cache.put(sku, 0.0)  # expect: py-unawaited-coroutine
        self.inventory.close()  # expect: py-unawaited-coroutine
