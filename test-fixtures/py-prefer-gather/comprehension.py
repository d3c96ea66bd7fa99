"""Feed previews: one request per link."""
import asyncio

from .api import fetch_preview, publish


async def previews(links):
    cards = [await fetch_preview(link) for link in links]  # asyncwise-expect: py-prefer-gather
    return cards


async def previews_in_order(links):
    # The preview service takes requests one at a time.
    cards = [await fetch_preview(link) for link in links]
    return cards


async def publish_all(posts):
    return [await publish(post) for post in posts]


async def first_previews(links, limit):
    return await asyncio.gather(*(fetch_preview(link) for link in links[:limit]))
