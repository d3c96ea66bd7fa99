"""Weekly reports: numbers from the metrics API, charts rendered in threads, files uploaded."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)
METRICS = "http://metrics.internal/api"


@dataclass
class Region:
    name: str
    shops: list[str]


async def shop_revenue(session: aiohttp.ClientSession, shop: str, week: int) -> float:
    async with session.get(f"{METRICS}/revenue", params={"shop": shop, "week": week}) as response:
        response.raise_for_status()
        return (await response.json())["total"]


def render_chart(name: str, values: list[float]) -> bytes:
    return f"{name}:{sum(values)}".encode()


async def revenue_by_region(session: aiohttp.ClientSession, regions: list[Region], week: int) -> dict:
    result = {}
    for region in regions:
        totals = []
        for shop in region.shops:  # expect: py-prefer-gather
            totals.append(await shop_revenue(session, shop, week))
        result[region.name] = sum(totals)
    return result


async def revenue_matrix(session: aiohttp.ClientSession, regions: list[Region], weeks: list[int]) -> dict:
    matrix = {}
    for week in weeks:
        matrix[week] = [await shop_revenue(session, r.shops[0], week) for r in regions]  # expect: py-prefer-gather
    return matrix


async def charts(series: dict[str, list[float]]) -> list[bytes]:
    images = []
    for name, values in series.items():  # expect: py-prefer-gather
        images.append(await asyncio.to_thread(render_chart, name, values))
    return images


class ReportBuilder:
    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def _weekly(self, shop: str, week: int) -> float:
        return await shop_revenue(self.session, shop, week)

    async def shop_weeks(self, shop: str, weeks: list[int]) -> list[float]:
        values = []
        for week in weeks:  # expect: py-prefer-gather
            values.append(await self._weekly(shop, week))
        return values

    async def summary(self, shop: str) -> dict:
        this_week = await self._weekly(shop, 0)  # expect: py-prefer-gather
        last_week = await self._weekly(shop, -1)
        return {"now": this_week, "before": last_week}

    async def trend(self, shop: str, weeks: int) -> list[float]:
        # Each week's figure is compared with the one before: the loop needs the previous value.
        values: list[float] = []
        previous = 0.0
        for week in range(weeks):
            value = await self._weekly(shop, -week)
            values.append(value - previous)
            previous = value
        return values


async def upload_all(session: aiohttp.ClientSession, files: dict[str, bytes]) -> None:
    # Uploads go one at a time: the storage API rate-limits us.
    for name, data in files.items():
        await session.put(f"{METRICS}/files/{name}", data=data)


async def first_available(session: aiohttp.ClientSession, mirrors: list[str]) -> str | None:
    for mirror in mirrors:
        try:
            async with session.get(mirror) as response:
                if response.status == 200:
                    return mirror
        except aiohttp.ClientError:
            continue
    return None


async def collect(session: aiohttp.ClientSession, regions: list[Region], week: int) -> list[float]:
    return [await shop_revenue(session, shop, week) for region in regions for shop in region.shops]  # expect: py-prefer-gather


async def headline(session: aiohttp.ClientSession, week: int) -> dict:
    north = await shop_revenue(session, "north-1", week)  # expect: py-prefer-gather
    south = await shop_revenue(session, "south-1", week)
    chart = await asyncio.to_thread(render_chart, "north", [north])
    return {"north": north, "south": south, "chart": chart}
