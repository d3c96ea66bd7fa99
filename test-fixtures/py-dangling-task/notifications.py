"""Sends notifications in the background while requests are answered."""
import asyncio
import logging

log = logging.getLogger(__name__)


async def send_mail(address, body):
    await asyncio.sleep(0.1)
    log.info("mail to %s: %s", address, body)


async def on_signup(user):
    asyncio.create_task(send_mail(user.email, "welcome"))  # asyncwise-expect: py-dangling-task
    return {"id": user.id}


async def on_password_reset(user):
    reminder = asyncio.ensure_future(send_mail(user.email, "reset"))  # asyncwise-expect: py-dangling-task
    log.info("reset requested for %s", user.id)


async def on_order(order):
    # Awaited before returning: kept.
    receipt = asyncio.create_task(send_mail(order.email, "receipt"))
    await asyncio.sleep(0)
    await receipt


async def broadcast(users):
    # A TaskGroup keeps its tasks and waits for them.
    async with asyncio.TaskGroup() as group:
        for user in users:
            group.create_task(send_mail(user.email, "news"))


class Notifier:
    def __init__(self):
        self._pending = set()
        self._loop = asyncio.get_running_loop()

    def notify_later(self, user):
        # Kept in a set the instance owns.
        task = self._loop.create_task(send_mail(user.email, "later"))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    def notify_now(self, user):
        self._loop.create_task(send_mail(user.email, "now"))  # asyncwise-expect: py-dangling-task

    async def notify_all(self, users):
        loop = asyncio.get_running_loop()
        for user in users:
            loop.create_task(send_mail(user.email, "all"))  # asyncwise-expect: py-dangling-task
