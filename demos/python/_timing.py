"""Shared by the Python demos: asyncio.sleep stands in for the network, time.sleep for a
blocking call, and each way of doing the work is printed with the seconds it took.

    python3 demos/python/<demo>.py [--lang=ko] [--json]
"""
import json
import os
import sys
import threading
import time
import unicodedata

# The marks and Korean labels are UTF-8 whatever the console's default encoding is.
if hasattr(sys.stdout, "reconfigure"):
    sys.stdout.reconfigure(encoding="utf-8")

LANG = "ko" if "--lang=ko" in sys.argv else "en"
MARKS = {"slow": "✗", "fast": "✓", "note": "·"}


# Where and when each piece of work ran (`--json` shows them): the demo's own doing, unlike the
# seconds, which also depend on how busy the machine is.
PIECES = []


def compute_for(seconds, handed=None):
    """CPU work: the thread is busy computing for `seconds`. Returns where and when it ran."""
    start = time.time()
    end = time.perf_counter() + seconds
    spins = 0
    while time.perf_counter() < end:
        spins += 1
    piece = {"process": os.getpid(), "handedMs": (handed or start) * 1000, "startMs": start * 1000, "endMs": time.time() * 1000}
    PIECES.append(piece)
    return piece


def block_for(seconds, handed=None):
    """Blocking: the thread itself sleeps, as it does inside requests.get or a file read."""
    start = time.time()
    time.sleep(seconds)
    piece = {"thread": threading.get_ident(), "handedMs": (handed or start) * 1000, "startMs": start * 1000, "endMs": time.time() * 1000}
    PIECES.append(piece)
    return piece


async def measured(run):
    """The seconds `run` takes, and the pieces of work it did (other processes' as they return them)."""
    PIECES.clear()
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start, PIECES[:]


def columns(text):
    """Terminal columns: Hangul takes two, so Korean labels line up too."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def row(mark, en, ko, seconds, pieces=None):
    made = {"mark": mark, "label": {"en": en, "ko": ko}, "seconds": seconds}
    return made if pieces is None else {**made, "pieces": pieces}


def report(title, rows, notes=()):
    """`✗` the slow way, `✓` the better way, `·` for comparison."""
    if "--json" in sys.argv:
        print(json.dumps({"title": title, "rows": rows, "notes": list(notes)}, ensure_ascii=False))
        return
    width = max(columns(r["label"][LANG]) for r in rows)
    longest = max(r["seconds"] for r in rows)
    print(title[LANG])
    for r in rows:
        bar = "█" * max(1, round(r["seconds"] / longest * 30))
        print(f"  {MARKS[r['mark']]} {r['label'][LANG]}{' ' * (width - columns(r['label'][LANG]))}  {r['seconds']:.2f} s  {bar}")
    for note in notes:
        print(f"  {note[LANG]}")
