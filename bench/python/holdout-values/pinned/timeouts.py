"""A script whose project pins Python 3.12 through .python-version."""
import asyncio


async def main() -> None:
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.5)
    except asyncio.TimeoutError:  # expect: py-timeout-error
        print("timed out")


if __name__ == "__main__":
    asyncio.run(main())
