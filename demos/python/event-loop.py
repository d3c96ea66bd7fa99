"""One thread runs every task. A timer is due in 0.1 s while another task works for 0.6 s:
a task that never awaits keeps the timer waiting; one that awaits now and then lets it run."""
import asyncio
import time

from _timing import compute_for, report, row


async def timer_delay(task):
    """When does a 0.1 s sleep actually end while `task` runs beside it?"""
    start = time.perf_counter()

    async def timer():
        await asyncio.sleep(0.1)
        return time.perf_counter() - start

    fired, _ = await asyncio.gather(timer(), task())
    return fired


async def never_awaits():
    compute_for(0.6)  # 0.6 s of work in one piece: the loop cannot switch tasks


async def awaits_between_chunks():
    for _ in range(30):
        compute_for(0.02)
        await asyncio.sleep(0)  # hands the thread back: the timer gets its turn


async def main():
    report(
        {"en": "A timer due in 0.1 s, while another task works for 0.6 s", "ko": "0.1초 뒤 울릴 타이머, 그동안 다른 작업이 0.6초 일할 때"},
        [
            row("slow", "task never awaits: timer fired after", "await 없는 작업: 타이머가 울린 시각", await timer_delay(never_awaits)),
            row("fast", "task awaits between chunks: timer fired after", "중간중간 await하는 작업: 타이머가 울린 시각", await timer_delay(awaits_between_chunks)),
        ],
    )


asyncio.run(main())
