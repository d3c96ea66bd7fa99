"""aiohttp web app that fans events out to subscriber webhooks."""
import asyncio
import logging
import subprocess

import aiohttp
from aiohttp import web

log = logging.getLogger("webhooks")
routes = web.RouteTableDef()


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))
    app["pending"] = set()


async def on_cleanup(app: web.Application) -> None:
    await asyncio.gather(*app["pending"], return_exceptions=True)
    await app["http"].close()


async def deliver(url: str, event: dict) -> int:
    async with aiohttp.ClientSession() as session:  # expect: py-session-per-call
        async with session.post(url, json=event) as resp:
            return resp.status


async def deliver_shared(session: aiohttp.ClientSession, url: str, event: dict) -> int:
    async with session.post(url, json=event) as resp:
        return resp.status


@routes.post("/events")
async def publish(request: web.Request) -> web.Response:
    event = await request.json()
    subscribers = request.app["subscribers"]
    for url in subscribers:
        try:
            status = await deliver(url, event)
        except asyncio.TimeoutError:  # expect: py-timeout-error
            log.warning("subscriber %s timed out", url)
            continue
        log.info("delivered to %s: %s", url, status)
    return web.json_response({"delivered": len(subscribers)})


@routes.post("/events/fast")
async def publish_fast(request: web.Request) -> web.Response:
    event = await request.json()
    session = request.app["http"]
    task = asyncio.create_task(
        asyncio.gather(*(deliver_shared(session, u, event) for u in request.app["subscribers"]))
    )
    request.app["pending"].add(task)
    task.add_done_callback(request.app["pending"].discard)
    return web.json_response({"queued": True}, status=202)


@routes.get("/version")
async def version(request: web.Request) -> web.Response:
    out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True)  # expect: py-blocking-in-async
    return web.json_response({"commit": out.stdout.strip()})


@routes.get("/version/async")
async def version_async(request: web.Request) -> web.Response:
    proc = await asyncio.create_subprocess_exec(
        "git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE
    )
    stdout, _ = await proc.communicate()
    return web.json_response({"commit": stdout.decode().strip()})


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    try:
        async with asyncio.timeout(1):
            async with request.app["http"].get("http://localhost:9000/ping") as resp:
                ok = resp.status == 200
    except TimeoutError:
        ok = False
    return web.json_response({"ok": ok})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app["subscribers"] = []
    return app


if __name__ == "__main__":
    web.run_app(make_app())
