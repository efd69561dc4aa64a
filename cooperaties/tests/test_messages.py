"""'Stuur een bericht': anyone reaches a coöperatie through the portal, whose private address stays private."""

import datetime

import pytest
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from cooperaties import messages as relay
from cooperaties.models import Cooperatie, Message
from portal.outbox.models import OutgoingMail
from portal.privacy import apply_retention, days

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db

PRIVATE = "bestuur-prive@example.org"
SECRETARIAAT = "secretariaat@example.org"


@pytest.fixture
def with_address():
    return CooperatieFactory(name="Weggeefwinkel Oost", slug="weggeefwinkel-oost", contact_address=PRIVATE)


@pytest.fixture
def without_address():
    return CooperatieFactory(name="Fort Vreeswijk", slug="fort-vreeswijk", contact_address="")


def url(cooperatie, **params):
    path = reverse("cooperaties:message", kwargs={"slug": cooperatie.slug})
    return path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def post(client, cooperatie, **fields):
    data = {
        "name": "Ans de Vries",
        "email": "ans@example.org",
        "phone": "",
        "subject": "",
        "message": "Mag ik langskomen?",
    }
    return client.post(url(cooperatie), {**data, **fields})


def send(cooperatie, **fields):
    data = {"name": "Ans de Vries", "email": "ans@example.org", "phone": "", "subject": "", "body": "Hallo"}
    return relay.send_message(cooperatie=cooperatie, ip="192.0.2.1", **{**data, **fields})


def test_a_message_is_stored_and_thanked(client, with_address):
    response = post(client, with_address)
    assert response.status_code == 302
    assert response["Location"] == reverse("cooperaties:message-sent", kwargs={"slug": with_address.slug})
    message = Message.objects.get()
    assert (message.cooperatie, message.name, message.body) == (with_address, "Ans de Vries", "Mag ik langskomen?")


def test_the_message_and_the_copy_are_queued_in_the_same_transaction(with_address):
    with transaction.atomic():
        send(with_address)
        assert Message.objects.count() == 1
        assert OutgoingMail.objects.count() == 2
        transaction.set_rollback(True)
    assert (Message.objects.count(), OutgoingMail.objects.count()) == (0, 0)


def test_the_message_goes_to_the_private_address_with_a_reply_to_the_sender(
    client, with_address, mailoutbox, mail_delivered
):
    with mail_delivered():
        post(client, with_address, phone="06 12345678", message="Heeft u nog een fiets?")
    to_cooperatie = next(mail for mail in mailoutbox if mail.to == [PRIVATE])
    assert to_cooperatie.extra_headers["Reply-To"] == "ans@example.org"
    assert "Heeft u nog een fiets?" in to_cooperatie.body
    assert "06 12345678" in to_cooperatie.body


def test_the_sender_gets_a_copy_without_the_private_address(client, with_address, mailoutbox, mail_delivered):
    with mail_delivered():
        post(client, with_address, message="Heeft u nog een fiets?")
    copy = next(mail for mail in mailoutbox if mail.to == ["ans@example.org"])
    assert "Heeft u nog een fiets?" in copy.body
    assert PRIVATE not in copy.body + copy.subject + str(copy.extra_headers)


def test_no_copy_without_an_e_mail_address(client, with_address):
    post(client, with_address, email="", phone="030 1234567")
    assert [mail.to for mail in OutgoingMail.objects.all()] == [[PRIVATE]]


@override_settings(SECRETARIAAT_EMAIL=SECRETARIAAT)
def test_without_an_address_the_message_goes_to_the_secretariat_to_forward(client, without_address):
    post(client, without_address, message="Zoeken jullie vrijwilligers?")
    mail = OutgoingMail.objects.get(to=[SECRETARIAAT])
    assert "Zoeken jullie vrijwilligers?" in mail.body
    assert "doorsturen" in mail.body
    assert Message.objects.get().went_to_secretariat


def test_the_pages_never_show_the_private_address(client, with_address):
    pages = [
        with_address.get_absolute_url(),
        url(with_address),
        reverse("cooperaties:message-sent", kwargs={"slug": with_address.slug}),
    ]
    for page in pages:
        assert PRIVATE not in client.get(page).content.decode()


def test_the_profile_links_to_the_form_in_its_contact_section(client, without_address):
    html = client.get(without_address.get_absolute_url()).content.decode()
    assert 'id="bericht"' in html
    assert f'href="{url(without_address)}"' in html
    assert "Stuur deze coöperatie een bericht." in html


def test_the_profile_shows_what_the_cooperatie_published(client):
    cooperatie = CooperatieFactory(
        website="https://voorbeeld.example.org", contact_email="info@voorbeeld.example.org", phone="030 1234567"
    )
    html = client.get(cooperatie.get_absolute_url()).content.decode()
    assert 'href="tel:0301234567"' in html
    assert 'href="mailto:info@voorbeeld.example.org"' in html
    assert 'href="https://voorbeeld.example.org"' in html


def test_the_subject_is_prefilled_from_the_link(client, with_address):
    response = client.get(url(with_address, onderwerp="Uw aanbod: een boor"))
    assert response.context["form"]["subject"].value() == "Uw aanbod: een boor"


def test_an_e_mail_address_or_a_phone_number_is_needed(client, with_address):
    response = post(client, with_address, email="", phone="")
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email"}
    assert "Vul uw e-mailadres of uw telefoonnummer in" in response.content.decode()
    assert not Message.objects.exists()


def test_a_phone_number_alone_is_enough(client, with_address):
    assert post(client, with_address, email="", phone="+31 30 123 45 67").status_code == 302
    assert Message.objects.get().phone == "+31 30 123 45 67"


def test_the_honeypot_keeps_bots_out(client, with_address):
    response = post(client, with_address, fax="123")
    assert response.status_code == 302
    assert not Message.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_one_sender_is_stopped_after_the_limit(client, with_address):
    for n in range(relay.MESSAGES_PER_SENDER_PER_HOUR):
        assert post(client, with_address, message=f"Bericht {n}").status_code == 302
    response = post(client, with_address, message="Nog een")
    assert response.status_code == 429
    assert Message.objects.count() == relay.MESSAGES_PER_SENDER_PER_HOUR


def test_eight_senders_behind_one_address_all_get_through(client, with_address):
    for n in range(8):
        for _ in range(relay.MESSAGES_PER_SENDER_PER_HOUR):
            assert post(client, with_address, email=f"bezoeker{n}@example.org").status_code == 302
    assert Message.objects.count() == 8 * relay.MESSAGES_PER_SENDER_PER_HOUR


def test_a_message_with_errors_does_not_count(client, with_address):
    for _ in range(relay.MESSAGES_PER_SENDER_PER_HOUR + 3):
        assert post(client, with_address, message="").status_code == 200
    assert post(client, with_address).status_code == 302


def test_an_unpublished_cooperatie_has_no_form(client):
    proposal = CooperatieFactory(status="voorgesteld")
    assert client.get(url(proposal)).status_code == 404


def test_the_secretariat_sees_waiting_messages_on_its_start_page(client, secretariaat_user, without_address):
    send(without_address)
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Berichten voor coöperaties zonder contactadres" in html


def test_the_secretariat_marks_a_message_handled(client, secretariaat_user, without_address):
    message = send(without_address)
    client.force_login(secretariaat_user)
    client.post(
        reverse("admin:cooperaties_message_changelist"),
        {"action": "mark_handled", "_selected_action": [message.pk]},
    )
    message.refresh_from_db()
    assert message.handled


def test_the_profile_costs_no_more_queries(client, seeded, django_assert_num_queries):
    cooperatie = Cooperatie.objects.get(slug="fort-vreeswijk")
    # 5 for the profile and its contact section, and one each for the parts the exchange apps add
    # (its answers, its questions and offers: cooperaties/profile_sections.py).
    with django_assert_num_queries(7):
        client.get(cooperatie.get_absolute_url())
    with django_assert_num_queries(0):  # the profile as kept, and its row (portal/caching/objects.py)
        client.get(cooperatie.get_absolute_url())


def test_a_relayed_message_is_erased_after_its_period(with_address, time_machine):
    time_machine.move_to(datetime.datetime(2030, 1, 10, 12, tzinfo=datetime.UTC), tick=False)
    send(with_address)
    later = timezone.now() + datetime.timedelta(days=days("relayed_messages") + 1)
    apply_retention(now=later)
    assert not Message.objects.exists()


def test_alles_wissen_erases_the_senders_messages(with_address, secretariaat_user):
    from portal.people.erasing import erase_person
    from portal.people.finding import Person

    send(with_address, email="ans@example.org")
    erase_person(person=Person(kind="email", value="ans@example.org"), actor=secretariaat_user)
    assert not Message.objects.exists()
