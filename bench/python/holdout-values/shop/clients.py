"""Clients the shop services talk through: the inventory API, the cache and the search index."""
from __future__ import annotations

import json
from typing import Optional

import httpx
import redis.asyncio as aioredis


class InventoryClient:
    """Thin wrapper over the inventory service's HTTP API."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.token = token
        self._http: Optional[httpx.AsyncClient] = None

    async def connect(self) -> None:
        self._http = httpx.AsyncClient(base_url=self.base_url, headers={"Authorization": self.token})

    async def stock(self, sku: str) -> int:
        response = await self._http.get(f"/stock/{sku}")
        response.raise_for_status()
        return response.json()["available"]

    async def reserve(self, sku: str, qty: int) -> None:
        response = await self._http.post("/reservations", json={"sku": sku, "qty": qty})
        response.raise_for_status()

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    def url_for(self, sku: str) -> str:
        return f"{self.base_url}/stock/{sku}"


class PriceCache:
    """Prices cached in Redis for a minute."""

    def __init__(self, url: str) -> None:
        self.redis = aioredis.from_url(url, decode_responses=True)

    async def get(self, sku: str) -> Optional[float]:
        value = await self.redis.get(f"price:{sku}")
        return None if value is None else float(value)

    async def put(self, sku: str, price: float) -> None:
        await self.redis.set(f"price:{sku}", json.dumps(price), ex=60)

    def forget(self, sku: str) -> None:
        self.redis.delete(f"price:{sku}")  # expect: py-unawaited-coroutine

    async def close(self) -> None:
        await self.redis.close()


def make_inventory(base_url: str, token: str) -> InventoryClient:
    return InventoryClient(base_url, token)
