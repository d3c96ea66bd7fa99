"""Three blocking calls of 0.3 s each (time.sleep stands in for requests.get, a file read or a
database driver without asyncio support). In coroutines they still run one after another and
block the loop; with asyncio.to_thread they run side by side and the loop stays free."""
import asyncio
import time

from _timing import block_for, measured, report, row

CALL = 0.3


async def blocking_in_coroutine():
    block_for(CALL)


async def main():
    async def in_coroutines():
        await asyncio.gather(*(blocking_in_coroutine() for _ in range(3)))

    async def in_threads():
        handed = time.time()
        await asyncio.gather(*(asyncio.to_thread(block_for, CALL, handed) for _ in range(3)))

    report(
        {"en": "Three blocking calls of 0.3 s each, started with asyncio.gather", "ko": "0.3초짜리 블로킹 호출 세 개를 asyncio.gather로 시작했을 때"},
        [
            row("slow", "inside the coroutines", "코루틴 안에서", *await measured(in_coroutines)),
            row("fast", "asyncio.to_thread", "asyncio.to_thread", *await measured(in_threads)),
        ],
        [{"en": "to_thread uses the loop's default thread pool; for CPU work use a process pool.", "ko": "to_thread는 이벤트 루프의 기본 스레드 풀을 씁니다. CPU 작업이라면 프로세스 풀을 쓰세요."}],
    )


asyncio.run(main())
