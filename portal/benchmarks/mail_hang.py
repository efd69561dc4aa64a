"""Benchmark (not a test): how much work the worker gets done while the mail server hangs.

    make setup && .venv/bin/python portal/benchmarks/mail_hang.py [--before] [--hanging N] [--seconds S]

Starts a real SMTP server on loopback that goes silent on every mail to @traag.example, queues N such mails
(default 2) and 5,000 ordinary ones, asks for one periodic job, and lets the worker's lanes run for S seconds
(default 60) with the production EMAIL_TIMEOUT (30 s). It prints the ordinary mails delivered per minute,
how long the periodic job waited, and the oldest "idle in transaction" session seen (sampled every 0.5 s).
``--before``: one lane for all queues, one job at a time, as the worker ran before it had lanes.
Needs requirements-test.txt (aiosmtpd). What it queued is deleted afterwards.
"""

import argparse
import logging
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from procrastinate.contrib.django.models import ProcrastinateJob  # noqa: E402

from portal.management.commands.worker import MAIL_QUEUES, OTHER_QUEUES  # noqa: E402
from portal.outbox import services  # noqa: E402
from portal.outbox.models import OutgoingMail  # noqa: E402
from portal.outbox.tests.running_worker import RunningWorker  # noqa: E402
from portal.outbox.tests.smtp_sink import SmtpSink, free_port  # noqa: E402
from portal.tasks import clear_expired_sessions  # noqa: E402

SUBJECT = "Benchmark: mail_hang"


def oldest_idle_in_transaction():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(max(extract(epoch FROM now() - state_change)), 0) FROM pg_stat_activity "
            "WHERE datname = current_database() AND state LIKE 'idle in transaction%%'"
        )
        return float(cursor.fetchone()[0])


async def one_lane(worker_app):
    async with worker_app.open_async():
        await worker_app.run_worker_async(queues=[*MAIL_QUEUES, *OTHER_QUEUES], install_signal_handlers=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", action="store_true")
    parser.add_argument("--hanging", type=int, default=2)
    parser.add_argument("--ordinary", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 30
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's line per conversation
    first_job = ProcrastinateJob.objects.order_by("-id").values_list("id", flat=True).first() or 0
    try:
        run(args, port)
    finally:
        ProcrastinateJob.objects.filter(id__gt=first_job).delete()
        OutgoingMail.objects.filter(subject=SUBJECT).delete()


def run(args, port):
    with SmtpSink(port, stall_domain="traag.example") as sink:
        for number in range(args.hanging):
            services.enqueue(to=[f"lid{number}@traag.example"], subject=SUBJECT, body="Tekst")
        for number in range(args.ordinary):
            services.enqueue(to=[f"lid{number}@example.org"], subject=SUBJECT, body="Tekst")
        # Without its queueing lock: the development worker may have queued one of its own.
        job = clear_expired_sessions.configure(queueing_lock=None).defer(timestamp=int(time.time()))
        started = time.monotonic()
        job_done_after, first_after, all_after, oldest = None, None, None, 0.0
        with RunningWorker(run=one_lane if args.before else None):
            while time.monotonic() - started < args.seconds:
                oldest = max(oldest, oldest_idle_in_transaction())
                now = time.monotonic() - started
                if first_after is None and sink.messages:
                    first_after = now
                if all_after is None and len(sink.messages) >= args.ordinary:
                    all_after = now
                if job_done_after is None and ProcrastinateJob.objects.filter(id=job, status="succeeded").exists():
                    job_done_after = time.monotonic() - started
                time.sleep(0.5)
            delivered = min(len(sink.messages), args.ordinary)
            sink.release()
        elapsed = time.monotonic() - started
    lanes = f"mail lane ×{settings.WORKER_MAIL_CONCURRENCY} + job lane"
    if args.before:
        lanes = "one lane, one job at a time (before)"
    print(f"worker: {lanes}; server silent on {args.hanging} mail(s), EMAIL_TIMEOUT {settings.EMAIL_TIMEOUT} s")
    flowing = (all_after or elapsed) - (first_after or 0)
    print(f"ordinary mails delivered: {delivered} of {args.ordinary} in {elapsed:.0f} s")
    if first_after is not None:
        per_minute = delivered / max(flowing, 0.5) * 60
        print(f"  the first after {first_after:.1f} s; {per_minute:.0f} per minute while they flowed")
    print(f"periodic job done after: {'not within the run' if job_done_after is None else f'{job_done_after:.1f} s'}")
    print(f"oldest idle-in-transaction session seen: {oldest:.2f} s")


if __name__ == "__main__":
    main()
