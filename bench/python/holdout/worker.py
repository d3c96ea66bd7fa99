"""Queue worker: consumes jobs from Redis and keeps a heartbeat."""
import asyncio
import logging
import signal

import redis.asyncio as redis

log = logging.getLogger("worker")


class Worker:
    def __init__(self, url: str) -> None:
        self.redis = redis.from_url(url)
        self._tasks: set[asyncio.Task] = set()
        self._buffer: list[dict] = []
        self._stopping = asyncio.Event()
        self._heartbeat_task: asyncio.Task | None = None

    async def heartbeat(self) -> None:
        while not self._stopping.is_set():
            await self.redis.set("worker:alive", "1", ex=10)
            await asyncio.sleep(5)

    async def flush(self) -> None:
        if self._buffer:
            await self.redis.rpush("results", *[str(item) for item in self._buffer])
            self._buffer.clear()

    async def handle(self, job: dict) -> None:
        self._buffer.append({"id": job["id"], "ok": True})
        if len(self._buffer) >= 50:
            self.flush()  # expect: py-unawaited-coroutine

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def run(self) -> None:
        self._heartbeat_task = asyncio.create_task(self.heartbeat())
        loop = asyncio.get_event_loop()  # expect: py-get-running-loop
        loop.add_signal_handler(signal.SIGTERM, self._stopping.set)
        while not self._stopping.is_set():
            item = await self.redis.blpop("jobs", timeout=1)
            if item is None:
                continue
            self._spawn(self.handle({"id": item[1]}))
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.flush()

    async def report_progress(self, done: int) -> None:
        asyncio.create_task(self.redis.set("worker:done", done))  # expect: py-dangling-task

    async def drain(self) -> None:
        pending = [asyncio.create_task(self.handle(job)) for job in await self._leftovers()]
        await asyncio.wait(pending)

    async def _leftovers(self) -> list[dict]:
        raw = await self.redis.lrange("jobs", 0, -1)
        return [{"id": r} for r in raw]


async def batch(jobs: list[dict], worker: Worker) -> None:
    async with asyncio.TaskGroup() as tg:
        for job in jobs:
            tg.create_task(worker.handle(job))


async def tick_forever(worker: Worker) -> None:
    while True:
        asyncio.sleep(1)  # expect: py-unawaited-coroutine
        await worker.flush()


def main() -> None:
    loop = asyncio.new_event_loop()
    worker = Worker("redis://localhost")
    loop.run_until_complete(worker.run())


if __name__ == "__main__":
    main()
