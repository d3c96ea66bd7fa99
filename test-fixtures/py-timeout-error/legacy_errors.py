"""A module with its own TimeoutError: asyncio's must not be rewritten to it."""
import asyncio


class TimeoutError(Exception):
    """Raised when a job misses its deadline (the project's own, not the builtin)."""


async def run_job(job, seconds):
    try:
        return await asyncio.wait_for(job(), seconds)
    except asyncio.TimeoutError as error:
        raise TimeoutError(f"job took over {seconds}s") from error
