"""Dashboard endpoints of a small aiohttp service."""
import asyncio
import logging

from .api import fetch_orders, fetch_profile, fetch_settings, fetch_title, get_team, get_user

log = logging.getLogger(__name__)


async def dashboard(user_id):
    profile = await fetch_profile(user_id)  # asyncwise-expect: py-prefer-gather
    orders = await fetch_orders(user_id)
    return {"profile": profile, "orders": orders}


async def titles(urls):
    result = []
    for url in urls:  # asyncwise-expect: py-prefer-gather
        result.append(await fetch_title(url))
    return result


async def team_page(user_id):
    # The team depends on the user: ordered on purpose.
    user = await get_user(user_id)
    team = await get_team(user["team_id"])
    return user, team


async def settings_page(conn, user_id):
    # One connection runs one query at a time.
    settings = await conn.fetchrow("SELECT * FROM settings WHERE user_id = $1", user_id)
    flags = await conn.fetch("SELECT * FROM flags WHERE user_id = $1", user_id)
    return settings, flags


async def with_log_between(user_id):
    profile = await fetch_profile(user_id)
    log.info("profile loaded")
    settings = await fetch_settings(user_id)
    return profile, settings


async def already_gathered(user_id):
    profile, settings = await asyncio.gather(fetch_profile(user_id), fetch_settings(user_id))
    return profile, settings


async def polite_crawl(urls):
    pages = []
    for url in urls:
        pages.append(await fetch_title(url))
        await asyncio.sleep(1)
    return pages
