"""With the mail server refusing connections, requests answer normally and every mail arrives later."""

import time

import pytest
from django.core import mail
from django.urls import reverse

from agenda.tests.factories import WorkshopFactory
from alliantie.tests.factories import PASSWORD, MembershipFactory
from conftest import run_worker
from portal.outbox import delivery, services
from portal.outbox.models import OutgoingMail
from portal.outbox.tests.smtp_sink import SmtpSink, free_port

transactional = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 5
    settings.EMAIL_USE_TLS = False
    return settings.EMAIL_PORT


def requests_that_mail(client):
    """A registration, a sign-up and a newsletter subscription: each answers with a redirect."""
    workshop = WorkshopFactory(capacity=5)
    membership = MembershipFactory()
    client.login(username=membership.user.username, password=PASSWORD)
    registration = client.post(
        reverse("agenda:register", args=[workshop.event.slug]), {"workshop": workshop.pk, "access_needs": ""}
    )
    client.logout()
    signup = client.post(
        reverse("account_signup"),
        {
            "first_name": "Nieuw",
            "last_name": "Lid",
            "email": "nieuw@example.org",
            "password1": "Een-lang-wachtwoord-2026",
            "password2": "Een-lang-wachtwoord-2026",
        },
    )
    subscription = client.post(reverse("nieuwsbrief:subscribe"), {"email": "lezer@example.org", "consent": "on"})
    return [registration.status_code, signup.status_code, subscription.status_code]


@transactional
def test_smtp_down_then_back(client, smtp):
    assert requests_that_mail(client) == [302, 302, 302]
    run_worker()  # the mail server refuses: every attempt fails and is kept
    waiting = OutgoingMail.objects.order_by("pk")
    assert [(m.status, m.attempts) for m in waiting] == [("wachtend", 1)] * 3
    assert all("Connection refused" in m.last_error or "Errno 111" in m.last_error for m in waiting)

    with SmtpSink(smtp) as sink:
        deadline = time.monotonic() + 20  # the first retry comes after 3 seconds
        while len(sink.messages) < 3 and time.monotonic() < deadline:
            time.sleep(0.5)
            run_worker()
    assert sorted(message.rcpt_tos[0] for message in sink.messages) == sorted(
        [*OutgoingMail.objects.values_list("to__0", flat=True)]
    )
    assert OutgoingMail.objects.filter(status="verstuurd").count() == 3


@transactional
def test_a_mail_is_delivered_once_even_when_its_job_runs_twice(mail_delivered):
    with mail_delivered():
        queued = services.enqueue(to=["piet@example.org"], subject="Proef", body="Tekst")
    delivery.deliver(mail_id=queued.pk)  # a retried or duplicated job finds it sent already
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_password_reset_link_is_hidden_from_the_secretariat_and_gone_once_sent(client, secretariaat_user):
    from django.contrib.auth import get_user_model

    boss = get_user_model().objects.create_superuser("baas", "baas@example.org", "Lang-geheim-2026")
    client.post(reverse("account_reset_password"), {"email": boss.email})
    queued = OutgoingMail.objects.get(to=[boss.email])
    assert "/account/password/reset/key/" in queued.body
    client.force_login(secretariaat_user)
    page = client.get(f"/admin/outbox/outgoingmail/{queued.pk}/change/").content.decode()
    assert "/account/password/reset/key/" not in page
    delivery.deliver(mail_id=queued.pk)
    queued.refresh_from_db()
    assert "/account/password/reset/key/" not in queued.body


@transactional
def test_a_queued_mail_waits_the_hold_and_then_goes(settings, smtp):
    """In a rush the web answers first: the worker leaves a mail alone until MAIL_HOLD_SECONDS have passed."""
    from procrastinate.contrib.django.models import ProcrastinateJob

    settings.MAIL_HOLD_SECONDS = 60  # far longer than this test lasts
    queued = services.enqueue(to=["lezer@example.org"], subject="Bevestiging", body="Tekst")
    with SmtpSink(smtp) as sink:
        run_worker()
        assert (sink.messages, OutgoingMail.objects.get(pk=queued.pk).status) == ([], "wachtend")
        ProcrastinateJob.objects.filter(args__mail_id=queued.pk).update(scheduled_at=None)  # the minute is over
        run_worker()
    assert [message.rcpt_tos for message in sink.messages] == [["lezer@example.org"]]
