"""Six requests of 0.15 s each: one after another, all at once, at most two at a time (a
Semaphore), and all at once when one of them fails early (gather fails fast)."""
import asyncio
import time

from _timing import report, row

IDS = [1, 2, 3, 4, 5, 6]


async def request(request_id):
    await asyncio.sleep(0.15)
    return request_id


async def failing():
    await asyncio.sleep(0.05)
    raise RuntimeError("request 3 failed")


async def elapsed(run):
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start


async def main():
    async def one_after_another():
        return [await request(request_id) for request_id in IDS]

    async def all_at_once():
        return await asyncio.gather(*(request(request_id) for request_id in IDS))

    slots = asyncio.Semaphore(2)

    async def limited(request_id):
        async with slots:
            return await request(request_id)

    async def two_at_a_time():
        return await asyncio.gather(*(limited(request_id) for request_id in IDS))

    async def fails_fast():
        try:
            await asyncio.gather(*(request(request_id) for request_id in IDS), failing())
        except RuntimeError:
            pass

    report(
        {"en": "Six requests of 0.15 s each", "ko": "0.15초짜리 요청 여섯 개"},
        [
            row("slow", "one after another", "하나씩 차례로", await elapsed(one_after_another)),
            row("fast", "asyncio.gather: all at once", "asyncio.gather: 한꺼번에", await elapsed(all_at_once)),
            row("fast", "at most 2 at a time (Semaphore)", "최대 2개씩 (Semaphore)", await elapsed(two_at_a_time)),
            row("note", "one fails at 0.05 s: gather raises after", "0.05초에 하나가 실패: gather가 예외를 던지는 시각", await elapsed(fails_fast)),
        ],
        [{"en": "gather(return_exceptions=True) would have waited for all six and returned each outcome.", "ko": "gather(return_exceptions=True)였다면 여섯 개가 다 끝날 때까지 기다렸다가 결과를 하나하나 돌려줍니다."}],
    )
    await asyncio.sleep(0.2)  # the other requests are still running after gather raised; let them end


asyncio.run(main())
