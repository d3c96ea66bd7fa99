"""A request that would take 1 s, and a timeout of 0.3 s. asyncio.wait(timeout=...) gives up at
0.3 s but leaves the request running until 1 s. asyncio.wait_for (or asyncio.timeout) cancels it
at 0.3 s."""
import asyncio
import time

from _timing import report, row

REQUEST = 1.0
TIMEOUT = 0.3


async def slow_request(finished):
    try:
        await asyncio.sleep(REQUEST)
        return "done"
    finally:
        finished.append(time.perf_counter())  # when the request really stopped


async def with_wait():
    start, finished = time.perf_counter(), []
    task = asyncio.create_task(slow_request(finished))
    await asyncio.wait({task}, timeout=TIMEOUT)  # gives up, cancels nothing
    await task  # the demo waits to see when the request stops by itself
    return finished[0] - start


async def with_wait_for():
    start, finished = time.perf_counter(), []
    try:
        await asyncio.wait_for(slow_request(finished), timeout=TIMEOUT)
    except asyncio.TimeoutError:
        pass
    return finished[0] - start


async def main():
    report(
        {"en": "A 1 s request with a 0.3 s timeout: how long the request really ran", "ko": "1초 걸리는 요청에 0.3초 타임아웃: 요청이 실제로 돈 시간"},
        [
            row("slow", "asyncio.wait(timeout=0.3)", "asyncio.wait(timeout=0.3)", await with_wait()),
            row("fast", "asyncio.wait_for(..., timeout=0.3)", "asyncio.wait_for(..., timeout=0.3)", await with_wait_for()),
        ],
        [{"en": "Both callers got their timeout at 0.3 s; only wait_for cancelled the work.", "ko": "호출한 쪽은 둘 다 0.3초에 포기했지만, 작업을 취소한 것은 wait_for뿐입니다."}],
    )


asyncio.run(main())
