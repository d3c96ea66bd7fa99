"""Notes: local SQLite through aiosqlite, attachments on disk through aiofiles, a Mongo mirror through motor."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import aiofiles
import aiosqlite
from motor.motor_asyncio import AsyncIOMotorClient

ATTACHMENTS = Path("/var/lib/notes/attachments")


class NotesStore:
    def __init__(self, path: str, mongo_url: str) -> None:
        self.path = path
        self.db: aiosqlite.Connection | None = None
        self.mirror = AsyncIOMotorClient(mongo_url)["notes"]["notes"]

    async def open(self) -> None:
        self.db = await aiosqlite.connect(self.path)
        await self.db.execute("PRAGMA journal_mode=WAL")

    async def add(self, title: str, body: str) -> int:
        cursor = await self.db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (title, body))
        await self.db.commit()
        self.mirror.insert_one({"_id": cursor.lastrowid, "title": title, "body": body})  # expect: py-unawaited-coroutine
        return cursor.lastrowid

    async def remove(self, note_id: int) -> None:
        await self.db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        self.db.commit()  # expect: py-unawaited-coroutine
        await self.mirror.delete_one({"_id": note_id})

    async def close(self) -> None:
        if self.db is not None:
            await self.db.close()


async def save_attachment(note_id: int, name: str, data: bytes) -> Path:
    target = ATTACHMENTS / str(note_id) / name
    async with aiofiles.open(target, "wb") as fh:
        fh.write(data)  # expect: py-unawaited-coroutine
    return target


async def read_attachments(paths: list[Path]) -> list[bytes]:
    contents = []
    for path in paths:
        async with aiofiles.open(path, "rb") as fh:
            contents.append(await fh.read())
    return contents


async def attachment_sizes(note_id: int) -> dict[str, int]:
    folder = ATTACHMENTS / str(note_id)
    total = folder.stat().st_size  # expect: py-blocking-in-async
    sizes = {"_folder": total}
    for folder in sorted(ATTACHMENTS.iterdir()):  # expect: py-blocking-in-async
        sizes[folder.name] = 0
    return sizes


async def export_all(db_path: str, out: str) -> None:
    async with aiosqlite.connect(db_path) as db:
        async with db.execute("SELECT id, title FROM notes") as cursor:
            rows = await cursor.fetchall()
    with open(out, "w") as fh:  # expect: py-blocking-in-async
        for note_id, title in rows:
            fh.write(f"{note_id}\t{title}\n")


async def current_loop_time() -> float:
    if sys.version_info < (3, 7):
        loop = asyncio.get_event_loop()
    else:
        loop = asyncio.get_running_loop()
    return loop.time()


async def schedule_cleanup(delay: float) -> None:
    loop = asyncio.get_event_loop()  # expect: py-get-running-loop
    loop.call_later(delay, os.sync)


async def wait_mirror(timeout: float) -> None:
    try:
        await asyncio.wait_for(asyncio.sleep(0), timeout)
    except asyncio.TimeoutError:  # expect: py-timeout-error
        pass
