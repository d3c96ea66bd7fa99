"""Rice takes 0.6 s, soup 0.4 s. Both are started "together" with asyncio.gather. Cooked with a
blocking call, the thread stands at the stove and they cook one after another; cooked with
an awaited sleep, they cook side by side."""
import asyncio
import time

from _timing import report, row

RICE = 0.6
SOUP = 0.4


async def cook_blocking(seconds):
    time.sleep(seconds)  # like requests.get: nothing else runs until it returns


async def cook_non_blocking(seconds):
    await asyncio.sleep(seconds)  # like await client.get: the thread is free meanwhile


async def elapsed(*coroutines):
    start = time.perf_counter()
    await asyncio.gather(*coroutines)
    return time.perf_counter() - start


async def main():
    report(
        {"en": "Rice (0.6 s) and soup (0.4 s), both started with asyncio.gather", "ko": "밥(0.6초)과 국(0.4초)을 asyncio.gather로 같이 시작했을 때"},
        [
            row("slow", "blocking calls: one after another", "블로킹 호출: 하나씩 차례로", await elapsed(cook_blocking(RICE), cook_blocking(SOUP))),
            row("fast", "non-blocking: side by side", "논블로킹: 나란히", await elapsed(cook_non_blocking(RICE), cook_non_blocking(SOUP))),
        ],
    )


asyncio.run(main())
