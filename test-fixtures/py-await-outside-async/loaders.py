"""Configuration loading; one helper was moved out of a coroutine and kept its await."""
import json

import aiofiles


async def read_text(path):
    async with aiofiles.open(path) as handle:
        return await handle.read()


def load_config(path):
    text = await read_text(path)  # asyncwise-expect: py-await-outside-async
    config = json.loads(text)
    config["source"] = await read_text(path + ".source")
    return config


async def load_all(paths):
    return [json.loads(await read_text(path)) for path in paths]
