"""A mail server that accepts the connection and never answers costs one attempt its timeout: no row lock
or open transaction is held meanwhile, and a mail one worker is sending is left alone by the others."""

import datetime
import socket
import threading

import pytest
from django.db import connection, transaction

from portal.outbox import delivery, services
from portal.outbox.models import OutgoingMail


class SilentServer:
    """Accepts TCP connections on loopback and never says a word (no SMTP greeting)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = threading.Event()
        self.held = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _address = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)
            self.accepted.set()

    def close(self):
        for conn in self.held:
            conn.close()
        self.sock.close()


@pytest.fixture
def silent_smtp(settings):
    server = SilentServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", server.port, False
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.close()


def deliver_in_a_worker(mail_id):
    def work():
        try:
            delivery.deliver(mail_id=mail_id)
        except delivery.DeliveryFailed:
            pass
        finally:
            connection.close()

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def open_transactions():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND state LIKE 'idle in transaction%%'"
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_while_the_server_hangs_no_lock_or_transaction_is_held_and_the_attempt_times_out(silent_smtp):
    mail = services.enqueue(to=["piet@example.org"], subject="Proef", body="Tekst")
    worker = deliver_in_a_worker(mail.pk)
    assert silent_smtp.accepted.wait(10)  # the worker is now waiting for a greeting that never comes
    assert open_transactions() == 0
    with transaction.atomic():  # the row is free: another job (or the secretariat) can take it at once
        OutgoingMail.objects.select_for_update(nowait=True).get(pk=mail.pk)
    worker.join(30)
    mail.refresh_from_db()
    assert (mail.status, mail.attempts, mail.claimed_until) == (OutgoingMail.Status.WACHTEND, 1, None)
    assert "timed out" in mail.last_error


@pytest.mark.django_db
def test_a_mail_being_sent_is_left_alone_until_its_claim_expires(time_machine):
    mail = services.enqueue(to=["piet@example.org"], subject="Proef", body="Tekst")
    claimed = delivery._claim(mail.pk)  # a worker took it and is talking to the server
    with pytest.raises(delivery.DeliveryBusy):
        delivery.deliver(mail_id=mail.pk)
    time_machine.move_to(claimed.claimed_until + datetime.timedelta(seconds=1))  # that worker died
    assert delivery.deliver(mail_id=mail.pk).status == OutgoingMail.Status.VERSTUURD
