"""Webhook delivery and audit trail on clients passed in by the caller."""
from typing import Optional

import asyncpg
from aiohttp import ClientSession


async def deliver(session: ClientSession, url: str, payload: dict) -> None:
    session.post(url, json=payload)  # asyncwise-expect: py-unawaited-coroutine


async def deliver_checked(session: ClientSession, url: str, payload: dict) -> int:
    async with session.post(url, json=payload) as resp:
        return resp.status


async def record(pool: "asyncpg.Pool", url: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO deliveries (url) VALUES ($1)", url)


class AuditLog:
    pool: Optional[asyncpg.Pool] = None

    async def write(self, event: str) -> None:
        self.pool.execute("INSERT INTO audit (event) VALUES ($1)", event)  # asyncwise-expect: py-unawaited-coroutine

    async def read(self, limit: int) -> list:
        return await self.pool.fetch("SELECT event FROM audit LIMIT $1", limit)
