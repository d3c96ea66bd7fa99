"""Two pieces of CPU work of 0.3 s each. asyncio.gather does not help: one thread still computes
them one after another. Two processes compute them at the same time, on two cores."""
import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor

from _timing import PIECES, compute_for, measured, report, row

WORK = 0.3


async def cpu_task():
    compute_for(WORK)


async def main():
    loop = asyncio.get_running_loop()

    async def one_after_another():
        compute_for(WORK)
        compute_for(WORK)

    async def gathered():
        await asyncio.gather(cpu_task(), cpu_task())

    async def in_processes():
        with ProcessPoolExecutor(max_workers=2) as pool:
            handed = time.time()
            PIECES.extend(await asyncio.gather(loop.run_in_executor(pool, compute_for, WORK, handed), loop.run_in_executor(pool, compute_for, WORK, handed)))

    cores = os.cpu_count()
    report(
        {"en": f"Two pieces of CPU work of 0.3 s each ({cores} cores)", "ko": f"0.3초짜리 CPU 작업 두 개 (코어 {cores}개)"},
        [
            row("slow", "one after another", "하나씩 차례로", *await measured(one_after_another)),
            row("note", "asyncio.gather on one thread", "스레드 하나에서 asyncio.gather", *await measured(gathered)),
            row("fast", "two processes", "프로세스 두 개", *await measured(in_processes)),
        ],
        [{"en": "A process costs its own interpreter and memory, and every argument is pickled.", "ko": "프로세스마다 인터프리터와 메모리가 따로 들고, 인자와 결과는 pickle로 복사됩니다."}],
    )


if __name__ == "__main__":
    asyncio.run(main())
