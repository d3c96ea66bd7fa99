"""HTTP handlers: workspace coroutines called from another module."""
import asyncio
import logging

import app.db as db
from aiohttp import web

from .db import close_pool, fetch_user, touch_user

log = logging.getLogger(__name__)


async def get_user(request):
    user_id = int(request.match_info["id"])
    touch_user(user_id)  # asyncwise-expect: py-unawaited-coroutine
    user = await fetch_user(user_id)
    return web.json_response(dict(user))


async def get_profile(request):
    user_id = int(request.match_info["id"])
    profile = db.fetch_user(user_id)  # asyncwise-expect: py-unawaited-coroutine
    log.info("profile requested for %s", user_id)
    return web.json_response({"id": user_id})


async def warm_cache(user_ids):
    # Handed to gather: awaited there.
    await asyncio.gather(*(fetch_user(user_id) for user_id in user_ids))


def on_shutdown(app):
    # A plain function of the same shape: close_pool is sync, nothing to await.
    close_pool()


def remember_visit(user_id):
    db.touch_user(user_id)  # asyncwise-expect: py-unawaited-coroutine
