"""'Breng in contact': the secretariat introduces two coöperaties, one mail to each, without giving away either's
private address."""

import pytest
from auditlog.models import LogEntry
from django.test import override_settings
from django.urls import reverse

from cooperaties import messages as relay
from portal.outbox.models import OutgoingMail

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:cooperaties_cooperatie_changelist")
SECRETARIAAT = "secretariaat@example.org"


@pytest.fixture
def pair():
    return (
        CooperatieFactory(name="Aardappelcoöperatie", contact_address="a-prive@example.org"),
        CooperatieFactory(name="Buurtwerkplaats", contact_address="b-prive@example.org", phone="030 1234567"),
    )


def choose(client, cooperaties, *, follow=False, **extra):
    data = {"action": "introduce_action", "_selected_action": [c.pk for c in cooperaties], **extra}
    return client.post(CHANGELIST, data, follow=follow)


def test_the_action_first_asks_to_confirm(client, secretariaat_user, pair):
    client.force_login(secretariaat_user)
    response = choose(client, pair)
    assert response.status_code == 200
    assert "Persoonlijke noot" in response.content.decode()
    assert not OutgoingMail.objects.exists()


def test_each_gets_one_mail_about_the_other(client, secretariaat_user, pair):
    client.force_login(secretariaat_user)
    choose(client, pair, bevestigd="ja", note="Jullie werken allebei met vrijwilligers.")
    a_mail = OutgoingMail.objects.get(to=["a-prive@example.org"])
    b_mail = OutgoingMail.objects.get(to=["b-prive@example.org"])
    assert "Buurtwerkplaats" in a_mail.subject and "030 1234567" in a_mail.body
    assert "Aardappelcoöperatie" in b_mail.subject
    assert all("Jullie werken allebei met vrijwilligers." in mail.body for mail in (a_mail, b_mail))


def test_neither_mail_gives_away_the_other_private_address(pair):
    relay.introduce(cooperaties=pair, actor=None)
    a_mail = OutgoingMail.objects.get(to=["a-prive@example.org"])
    b_mail = OutgoingMail.objects.get(to=["b-prive@example.org"])
    assert "b-prive@example.org" not in a_mail.body and "a-prive@example.org" not in b_mail.body


@override_settings(SECRETARIAAT_EMAIL=SECRETARIAAT)
def test_one_without_an_address_is_reached_through_the_secretariat(pair):
    without = CooperatieFactory(name="Fort Vreeswijk", contact_address="")
    relay.introduce(cooperaties=[pair[0], without], actor=None)
    forward = OutgoingMail.objects.get(to=[SECRETARIAAT])
    assert forward.subject.startswith("Doorsturen aan Fort Vreeswijk")


def test_the_introduction_is_in_the_audit_trail(client, secretariaat_user, pair):
    client.force_login(secretariaat_user)
    choose(client, pair, bevestigd="ja")
    entries = LogEntry.objects.filter(changes_text__startswith="In contact gebracht met")
    assert {(entry.object_pk, entry.actor) for entry in entries} == {
        (str(pair[0].pk), secretariaat_user),
        (str(pair[1].pk), secretariaat_user),
    }


def test_three_are_refused(client, secretariaat_user, pair):
    client.force_login(secretariaat_user)
    response = choose(client, [*pair, CooperatieFactory()], bevestigd="ja", follow=True)
    assert "Kies precies twee coöperaties" in response.content.decode()
    assert not OutgoingMail.objects.exists()


def test_two_without_any_address_are_refused(client, secretariaat_user):
    client.force_login(secretariaat_user)
    both = [CooperatieFactory(contact_address=""), CooperatieFactory(contact_address="")]
    response = choose(client, both, bevestigd="ja", follow=True)
    assert "Van geen van beide coöperaties is een contactadres bekend" in response.content.decode()
    assert not OutgoingMail.objects.exists()
