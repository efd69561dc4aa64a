"""`manage.py worker`: procrastinate's worker, started again by itself when it stops on a database outage.

procrastinate stops its worker when the database goes away (its listener fails). Under systemd that is
fine (Restart=always), but the worker should not depend on its supervisor for something as ordinary as
a database restart: this command waits, with back-off, and starts it again. SIGINT and SIGTERM still stop
it gracefully (running jobs finish first).

Two lanes share the process: mail, several at a time, and the other jobs (retention, stalled-job recovery,
workshop allocation) in a lane of their own. A mail server that hangs then holds up at most the mails it
holds (each for EMAIL_TIMEOUT), never the other mails or the periodic jobs.
"""

import asyncio
import contextlib
import logging
import os
import signal
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from procrastinate.contrib.django import app

logger = logging.getLogger("alliantie.worker")
# A run that lasted this long was healthy: the back-off starts again from the beginning.
HEALTHY_RUN_SECONDS = 60
MAX_WAIT_SECONDS = 60
WORKER_NICENESS = 10
# Queue names as the tasks declare them (portal/outbox/tasks.py, portal/tasks.py …).
MAIL_QUEUES = ["mail"]
MAIL_POLLING_SECONDS = 1
OTHER_QUEUES = ["periodic", "default"]


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
            lanes = [
                # Sync jobs run in threads, so mails to a server that does not answer wait side by side.
                worker_app.run_worker_async(
                    name="mail",
                    queues=MAIL_QUEUES,
                    concurrency=settings.WORKER_MAIL_CONCURRENCY,
                    install_signal_handlers=False,
                    # Mail is held MAIL_HOLD_SECONDS (outbox/services.py): a look every second finds it when it
                    # is due; woken by every queued mail, the lane would only find nothing due yet.
                    listen_notify=False,
                    fetch_job_polling_interval=MAIL_POLLING_SECONDS,
                ),
                worker_app.run_worker_async(name="taken", queues=OTHER_QUEUES, install_signal_handlers=False),
            ]
            tasks = [asyncio.create_task(lane) for lane in lanes]
            try:
                # One lane stopping (the database went away) stops the other: the supervisor starts both again.
                done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
