"""A plugin registry: a decorated method awaits without being async."""
import functools


def registered(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        return method(*args, **kwargs)

    return wrapper


class PluginHost:
    def __init__(self, loader):
        self.loader = loader
        self.plugins = {}

    @registered
    def install(self, name):
        plugin = await self.loader.fetch(name)  # asyncwise-expect: py-await-outside-async
        self.plugins[name] = plugin
        return plugin

    async def install_all(self, names):
        for name in names:
            self.plugins[name] = await self.loader.fetch(name)
