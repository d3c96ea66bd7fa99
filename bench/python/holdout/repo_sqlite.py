"""Notes repository on SQLite, used from an async web app."""
import asyncio
import sqlite3
from pathlib import Path

import aiosqlite

DB_PATH = Path("/var/lib/notes/notes.db")
SCHEMA = Path(__file__).with_name("schema.sql")


async def init_db() -> None:
    schema = await asyncio.to_thread(SCHEMA.read_text)
    async with aiosqlite.connect(DB_PATH) as db:
        await db.executescript(schema)
        await db.commit()


async def add_note(user_id: int, text: str) -> int:
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute("INSERT INTO notes (user_id, body) VALUES (?, ?)", (user_id, text))
        await db.execute("UPDATE users SET notes = notes + 1 WHERE id = ?", (user_id,))
        await db.commit()
        return cursor.lastrowid


async def notes_page(user_id: int, after: int = 0, size: int = 50) -> list[tuple]:
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute(
            "SELECT id, body FROM notes WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?",
            (user_id, after, size),
        ) as cursor:
            return await cursor.fetchall()


async def all_notes(user_id: int) -> list[tuple]:
    rows: list[tuple] = []
    after = 0
    while True:
        page = await notes_page(user_id, after)
        if not page:
            return rows
        rows.extend(page)
        after = page[-1][0]


async def count_notes_legacy(user_id: int) -> int:
    conn = sqlite3.connect(DB_PATH)  # expect: py-blocking-in-async
    try:
        return conn.execute("SELECT count(*) FROM notes WHERE user_id = ?", (user_id,)).fetchone()[0]  # expect: py-blocking-in-async
    finally:
        conn.close()


async def export_notes(user_id: int, target: Path) -> None:
    rows = await all_notes(user_id)
    with open(target, "w") as fh:  # expect: py-blocking-in-async
        for note_id, body in rows:
            fh.write(f"{note_id}\t{body}\n")  # expect: py-blocking-in-async


async def import_notes(user_id: int, source: Path) -> int:
    def read_lines() -> list[str]:
        with open(source) as fh:
            return fh.read().splitlines()

    lines = await asyncio.to_thread(read_lines)
    async with aiosqlite.connect(DB_PATH) as db:
        await db.executemany(
            "INSERT INTO notes (user_id, body) VALUES (?, ?)", [(user_id, line) for line in lines]
        )
        await db.commit()
    return len(lines)


async def attachments_size(user_id: int) -> int:
    folder = Path("/var/lib/notes/files") / str(user_id)
    return sum(p.stat().st_size for p in folder.iterdir())  # expect: py-blocking-in-async


async def stats(user_id: int) -> dict:
    async with aiosqlite.connect(DB_PATH) as db:
        # aiosqlite runs every call on the connection's one thread, in order: safe.
        notes, tags = await asyncio.gather(
            db.execute_fetchall("SELECT count(*) FROM notes WHERE user_id = ?", (user_id,)),
            db.execute_fetchall("SELECT count(*) FROM tags WHERE user_id = ?", (user_id,)),
        )
    return {"notes": notes[0][0], "tags": tags[0][0]}
