"""Accounts: psycopg 3 for the ledger, SQLAlchemy sessions passed to helpers, httpx for the KYC provider."""
from __future__ import annotations

import asyncio
import logging

import httpx
import psycopg
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Account, Transfer

log = logging.getLogger(__name__)


class KycProvider:
    def __init__(self, api_key: str) -> None:
        self.client = httpx.AsyncClient(base_url="https://kyc.example", headers={"X-Key": api_key})

    async def check(self, account_id: int) -> bool:
        response = await self.client.get(f"/checks/{account_id}")
        return response.json()["ok"]

    def refresh_later(self, account_id: int) -> None:
        self.client.post(f"/checks/{account_id}/refresh")  # expect: py-unawaited-coroutine

    async def aclose(self) -> None:
        await self.client.aclose()


async def _balance(session: AsyncSession, account_id: int) -> int:
    account = await session.get(Account, account_id)
    return account.balance


async def balances(session: AsyncSession, account_ids: list[int]) -> list[int]:
    return await asyncio.gather(*[_balance(session, a) for a in account_ids])  # expect: py-shared-connection


async def transfer_history(session: AsyncSession, a: int, b: int) -> tuple:
    sent = session.execute(select(Transfer).where(Transfer.source == a))
    received = session.execute(select(Transfer).where(Transfer.target == b))
    return await asyncio.gather(sent, received)  # expect: py-shared-connection


async def ledger_lines(dsn: str, account_ids: list[int]) -> list:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cursors = await asyncio.gather(  # expect: py-shared-connection
            *(conn.execute("SELECT * FROM ledger WHERE account = %s", (a,)) for a in account_ids)
        )
        return [await c.fetchall() for c in cursors]


async def ledger_lines_pooled(pool: AsyncConnectionPool, account_ids: list[int]) -> list:
    async def lines(account_id: int) -> list:
        async with pool.connection() as conn:
            cursor = await conn.execute("SELECT * FROM ledger WHERE account = %s", (account_id,))
            return await cursor.fetchall()

    return await asyncio.gather(*(lines(a) for a in account_ids))


async def close_account(pool: AsyncConnectionPool, account_id: int) -> None:
    async with pool.connection() as conn:
        async with conn.transaction():
            await conn.execute("UPDATE accounts SET closed = true WHERE id = %s", (account_id,))
            conn.execute("INSERT INTO audit (account, action) VALUES (%s, 'close')", (account_id,))  # expect: py-unawaited-coroutine


async def verify_all(provider: KycProvider, account_ids: list[int]) -> dict[int, bool]:
    results = {}
    for account_id in account_ids:  # expect: py-prefer-gather
        results[account_id] = await provider.check(account_id)
    return results


async def verify_pair(provider: KycProvider, a: int, b: int) -> bool:
    first = await provider.check(a)  # expect: py-prefer-gather
    second = await provider.check(b)
    return first and second


async def verify_in_order(provider: KycProvider, account_ids: list[int]) -> int:
    # Stop at the first failure: later checks must not run.
    for count, account_id in enumerate(account_ids):
        if not await provider.check(account_id):
            return count
    return len(account_ids)
