"""Three independent requests of 0.3 s each: awaited one after another, then started together.
The JavaScript demo of the same name does the same with Promise.all."""
import asyncio
import time

from _timing import report, row


async def fetch_part(name):
    await asyncio.sleep(0.3)
    return name


async def one_after_another():
    user = await fetch_part("user")
    orders = await fetch_part("orders")
    prices = await fetch_part("prices")
    return [user, orders, prices]


async def together():
    return await asyncio.gather(fetch_part("user"), fetch_part("orders"), fetch_part("prices"))


async def elapsed(run):
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start


async def main():
    report(
        {"en": "Three independent requests of 0.3 s each", "ko": "서로 독립적인 0.3초짜리 요청 세 개"},
        [
            row("slow", "await, await, await", "await 세 번 차례로", await elapsed(one_after_another)),
            row("fast", "await asyncio.gather(...)", "await asyncio.gather(...)", await elapsed(together)),
        ],
    )


asyncio.run(main())
