"""Failed mail as the secretariat sees it: what went wrong in plain Dutch, to whom, which kind; resend it, or
correct a mistyped address and send it there."""

import pytest
from auditlog.models import LogEntry
from django.core import mail as sent

from portal.outbox.models import OutgoingMail
from portal.outbox.services import deliver_waiting
from portal.outbox.tests.factories import FailedMailFactory, OutgoingMailFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def page(client, mail=None):
    url = f"/admin/outbox/outgoingmail/{mail.pk}/change/" if mail else "/admin/outbox/outgoingmail/"
    return client.get(url).content.decode()


def test_a_refused_connection_is_said_plainly(staff_client):
    FailedMailFactory()
    assert "De mailserver was niet bereikbaar." in page(staff_client)


def test_a_timeout_is_said_plainly(staff_client):
    FailedMailFactory(last_error="TimeoutError: timed out")
    assert "De mailserver gaf geen antwoord binnen de tijd." in page(staff_client)


def test_a_refused_address_is_named(staff_client):
    FailedMailFactory(
        to=["lezer4@exmaple.org"], last_error="SMTPRecipientsRefused: {'lezer4@exmaple.org': (550, b'no such user')}"
    )
    assert "Het adres werd geweigerd: lezer4@exmaple.org." in page(staff_client)


def test_the_technical_text_stays_on_the_mail_page(staff_client):
    mail = FailedMailFactory()
    assert "ConnectionRefusedError: [Errno 111] Connection refused" in page(staff_client, mail)


def test_the_recipient_is_shown_as_an_address(staff_client):
    FailedMailFactory(to=["lezer4@example.org"])
    html = page(staff_client)
    assert "lezer4@example.org" in html and "[&quot;lezer4" not in html


def test_the_kind_of_mail_is_shown_in_words(staff_client):
    FailedMailFactory(template="agenda/email/confirmation")
    assert "Bevestiging aanmelding" in page(staff_client)


def test_the_kind_filter_offers_words_not_paths(staff_client):
    FailedMailFactory(template="agenda/email/confirmation")
    assert "?soort=agenda%2Femail%2Fconfirmation" in page(staff_client)


def test_an_unlisted_kind_still_reads_as_words(staff_client):
    FailedMailFactory(template="agenda/email/reminder_day_before")
    assert "Reminder day before" in page(staff_client)


def test_resend_button_on_a_failed_mail_sends_it_again(staff_client):
    mail = FailedMailFactory(to=["lezer4@example.org"])
    staff_client.post(f"/admin/outbox/outgoingmail/{mail.pk}/opnieuw-versturen/")
    deliver_waiting()
    assert sent.outbox[-1].to == ["lezer4@example.org"]


def test_a_sent_mail_has_no_resend_button(staff_client):
    mail = OutgoingMailFactory(status=OutgoingMail.Status.WACHTEND)
    assert "Opnieuw versturen" not in page(staff_client, mail)


def test_corrected_address_receives_the_mail(staff_client):
    mail = FailedMailFactory(to=["lezer4@exmaple.org"])
    staff_client.post(f"/admin/outbox/outgoingmail/{mail.pk}/adres-verbeteren/", {"address": "lezer4@example.org"})
    deliver_waiting()
    assert sent.outbox[-1].to == ["lezer4@example.org"]


def test_correcting_an_address_is_in_the_audit_trail(staff_client, secretariaat_user):
    mail = FailedMailFactory(to=["lezer4@exmaple.org"])
    staff_client.post(f"/admin/outbox/outgoingmail/{mail.pk}/adres-verbeteren/", {"address": "lezer4@example.org"})
    entry = LogEntry.objects.get(object_pk=str(mail.pk), content_type__model="outgoingmail")
    assert (entry.actor, entry.changes_text) == (
        secretariaat_user,
        "Adres verbeterd van lezer4@exmaple.org naar lezer4@example.org; de e-mail staat weer klaar.",
    )


def test_an_invalid_address_is_refused_with_an_example(staff_client):
    mail = FailedMailFactory(to=["lezer4@exmaple.org"])
    response = staff_client.post(
        f"/admin/outbox/outgoingmail/{mail.pk}/adres-verbeteren/", {"address": "lezer4"}, follow=True
    )
    assert "Typ een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl." in response.content.decode()


def test_a_login_link_is_never_sent_to_another_address(staff_client):
    mail = FailedMailFactory(template="account/email/password_reset_key", to=["lid@exmaple.org"])
    staff_client.post(f"/admin/outbox/outgoingmail/{mail.pk}/adres-verbeteren/", {"address": "ander@example.org"})
    mail.refresh_from_db()
    assert (mail.to, mail.status) == (["lid@exmaple.org"], OutgoingMail.Status.MISLUKT)
