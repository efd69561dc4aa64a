"""`manage.py worker`: procrastinate's worker, started again by itself when it stops on a database outage.

procrastinate stops its worker when the database goes away (its listener fails). Under systemd that is
fine (Restart=always), but the worker should not depend on its supervisor for something as ordinary as
a database restart: this command waits, with back-off, and starts it again. SIGINT and SIGTERM still stop
it gracefully (running jobs finish first).
"""

import asyncio
import contextlib
import logging
import os
import signal
import time

from django.core.management.base import BaseCommand
from procrastinate.contrib.django import app

logger = logging.getLogger("alliantie.worker")
# A run that lasted this long was healthy: the back-off starts again from the beginning.
HEALTHY_RUN_SECONDS = 60
MAX_WAIT_SECONDS = 60
WORKER_NICENESS = 10


class Command(BaseCommand):
    help = "Start de worker (e-mail en periodieke taken); bij een databasestoring start hij zelf opnieuw."

    def handle(self, *args, **options):
        # Background work yields the processor to the web processes: a mail may wait a moment, a
        # person clicking "Aanmelden" should not.
        os.nice(WORKER_NICENESS)
        with app.replace_connector(app.connector.get_worker_connector()) as worker_app:
            asyncio.run(self.supervise(worker_app))

    async def supervise(self, worker_app):
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        failures = 0
        while not stop.is_set():
            started = time.monotonic()
            run = asyncio.create_task(self.run_once(worker_app))
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({run, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if stop.is_set():
                run.cancel()
                await asyncio.gather(run, return_exceptions=True)
                break
            stopping.cancel()
            error = None if run.cancelled() else run.exception()
            failures = 1 if time.monotonic() - started > HEALTHY_RUN_SECONDS else failures + 1
            wait = min(MAX_WAIT_SECONDS, 2**failures)
            logger.warning("De worker stopte (%s); hij start opnieuw over %s seconden.", error or "database weg", wait)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)

    async def run_once(self, worker_app):
        async with worker_app.open_async():
            await worker_app.run_worker_async(install_signal_handlers=False)
