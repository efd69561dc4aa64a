"""A mail server that hangs on some mails holds up only those: other mail and the periodic jobs go on."""

import time

import pytest
from procrastinate.contrib.django.models import ProcrastinateJob

from portal.outbox import services
from portal.outbox.models import OutgoingMail
from portal.outbox.tests.running_worker import RunningWorker
from portal.outbox.tests.smtp_sink import SmtpSink, free_port
from portal.tasks import clear_expired_sessions


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def hanging_server(settings):
    """A mail server that goes silent for every mail to @traag.example (longer than this test lasts)."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_TIMEOUT, settings.WORKER_MAIL_CONCURRENCY = 60, 4
    with SmtpSink(port, stall_domain="traag.example") as sink:
        for number in range(2):
            services.enqueue(to=[f"lid{number}@traag.example"], subject="Blijft hangen", body="Tekst")
        assert sink.messages == []
        yield sink


@pytest.mark.django_db(transaction=True)
def test_other_mail_is_delivered_while_the_server_hangs_on_two(hanging_server):
    for number in range(6):
        services.enqueue(to=[f"lid{number}@example.org"], subject="Gaat door", body="Tekst")
    with RunningWorker():
        assert wait_for(lambda: len(hanging_server.messages) == 6)
        assert hanging_server.stalled == 2
        hanging_server.release()
        assert wait_for(lambda: OutgoingMail.objects.filter(status=OutgoingMail.Status.VERSTUURD).count() == 8)


@pytest.mark.django_db(transaction=True)
def test_a_periodic_job_runs_while_every_mail_slot_waits_for_the_server(hanging_server, settings):
    settings.WORKER_MAIL_CONCURRENCY = 2  # both slots now wait for the silent server
    clear_expired_sessions.defer(timestamp=0)
    with RunningWorker():
        assert wait_for(lambda: hanging_server.stalled == 2)
        job = ProcrastinateJob.objects.filter(task_name__endswith="clear_expired_sessions", status="succeeded")
        done = wait_for(job.exists)
        hanging_server.release()
    assert done
