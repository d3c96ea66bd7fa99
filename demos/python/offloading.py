"""Three blocking calls of 0.3 s each (time.sleep stands in for requests.get, a file read or a
database driver without asyncio support). In coroutines they still run one after another and
block the loop; with asyncio.to_thread they run side by side and the loop stays free."""
import asyncio
import time

from _timing import report, row

CALL = 0.3


async def blocking_in_coroutine():
    time.sleep(CALL)


async def elapsed(*awaitables):
    start = time.perf_counter()
    await asyncio.gather(*awaitables)
    return time.perf_counter() - start


async def main():
    report(
        {"en": "Three blocking calls of 0.3 s each, started with asyncio.gather", "ko": "0.3초짜리 블로킹 호출 세 개를 asyncio.gather로 시작했을 때"},
        [
            row("slow", "inside the coroutines", "코루틴 안에서", await elapsed(*(blocking_in_coroutine() for _ in range(3)))),
            row("fast", "asyncio.to_thread", "asyncio.to_thread", await elapsed(*(asyncio.to_thread(time.sleep, CALL) for _ in range(3)))),
        ],
        [{"en": "to_thread uses the loop's default thread pool; for CPU work use a process pool.", "ko": "to_thread는 이벤트 루프의 기본 스레드 풀을 씁니다. CPU 작업이라면 프로세스 풀을 쓰세요."}],
    )


asyncio.run(main())
