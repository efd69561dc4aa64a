"""`manage.py worker`'s lanes, run in a thread of their own until stopped (tests and the mail benchmark)."""

import asyncio
import contextlib
import threading

from procrastinate.contrib.django import app

from portal.management.commands.worker import Command


class RunningWorker:
    """``with RunningWorker(): …``: the worker's mail and job lanes take jobs until the block ends."""

    def __init__(self, run=None):
        # ``run(worker_app)``: what to run instead of the worker's own lanes (the benchmark's "before").
        self.run = run or Command().run_once
        self.started = threading.Event()

    def _thread(self):
        async def main():
            self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
            self.started.set()
            with app.replace_connector(app.connector.get_worker_connector()) as worker_app:
                await self.run(worker_app)

        with contextlib.suppress(asyncio.CancelledError):
            asyncio.run(main())

    def __enter__(self):
        self.thread = threading.Thread(target=self._thread)
        self.thread.start()
        self.started.wait(10)
        return self

    def __exit__(self, *exc):
        self.loop.call_soon_threadsafe(self.task.cancel)
        self.thread.join(60)
