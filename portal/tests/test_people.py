"""One view of a person: the secretariat finds, prints and erases someone, with or without an account."""

import pytest
from auditlog.models import LogEntry

from agenda import services as agenda_services
from agenda.models import Registration
from agenda.tests.factories import EventFactory
from alliantie.tests.factories import UserFactory
from nieuwsbrief.models import Subscriber
from nieuwsbrief.tests.factories import SubscriberFactory
from verhalen.models import Story
from verhalen.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def caller(secretariaat_user):
    """Truus phoned: the secretariat registered her without an account; she also reads the newsletter."""
    registration = agenda_services.register(
        event=EventFactory(title="Alliantiedag Zwolle"),
        guest_name="Truus de Boer",
        guest_email="truus@example.org",
        registered_by=secretariaat_user,
        dietary="vegetarisch",
    )
    SubscriberFactory(email="truus@example.org", name="Truus de Boer")
    return registration


def person_page(client, kind, value):
    return client.get("/admin/personen/persoon/", {"soort": kind, "waarde": value})


def test_a_phone_registrant_without_an_account_is_found_by_name(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    response = client.get("/admin/personen/", {"q": "truus boer"})
    assert "soort=email&amp;waarde=truus%40example.org" in response.content.decode()


def test_a_story_writer_is_found_by_phone_number_as_typed_differently(client, secretariaat_user):
    StoryFactory(name="Kees", contact="06-1234 5678")
    client.force_login(secretariaat_user)
    response = client.get("/admin/personen/", {"q": "0612345678"})
    assert "soort=phone&amp;waarde=0612345678" in response.content.decode()


def test_someone_registered_with_only_a_phone_number_is_found_by_that_number_as_typed_differently(
    client, secretariaat_user
):
    agenda_services.register(
        event=EventFactory(title="Alliantiedag Assen", audience="iedereen"),
        guest_name="Kees Bakker",
        guest_phone="06 12345678",
    )
    client.force_login(secretariaat_user)
    found = client.get("/admin/personen/", {"q": "06-12 34 56 78"}).content.decode()
    page = person_page(client, "phone", "0612345678").content.decode()
    assert "soort=phone&amp;waarde=0612345678" in found and "Alliantiedag Assen" in page


def test_erasing_someone_registered_by_phone_leaves_neither_their_number_nor_their_private_link(
    client, secretariaat_user
):
    registration = agenda_services.register(
        event=EventFactory(audience="iedereen"), guest_name="Kees Bakker", guest_phone="06 12345678"
    )
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=phone&waarde=0612345678")
    registration.refresh_from_db()
    assert (registration.guest_name, registration.guest_phone, registration.access_code) == ("", "", "")


def test_the_print_page_shows_their_registration(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    page = person_page(client, "email", "truus@example.org").content.decode()
    assert "Alliantiedag Zwolle" in page and "vegetarisch" in page


def test_the_print_page_reads_yes_and_no_not_true_and_false(client, secretariaat_user):
    agenda_services.register(
        event=EventFactory(audience="iedereen"), guest_name="Kees Bakker", guest_phone="0612345678", travel_costs=True
    )
    client.force_login(secretariaat_user)
    page = person_page(client, "phone", "0612345678").content.decode()
    assert "<dt>Vraagt reiskostenvergoeding</dt><dd>ja</dd>" in page and "True" not in page


def test_the_json_download_holds_their_registration(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    response = client.get("/admin/personen/persoon/json/", {"soort": "email", "waarde": "truus@example.org"})
    assert "Alliantiedag Zwolle" in response.content.decode()


def test_erasing_removes_the_name_from_every_registration(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    assert not Registration.objects.filter(guest_name="Truus de Boer").exists()


def test_erasing_gives_the_seat_back(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    assert Registration.objects.get(pk=caller.pk).status == Registration.Status.GEANNULEERD


def test_erasing_ends_the_subscription_keeping_only_the_address(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    subscriber = Subscriber.objects.get(email="truus@example.org")
    assert (subscriber.status, subscriber.name) == (Subscriber.Status.UNSUBSCRIBED, "")


def test_erasing_leaves_an_audit_entry_without_the_name(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    entry = LogEntry.objects.get(action=LogEntry.Action.DELETE, actor=secretariaat_user)
    assert "Gegevens van een persoon gewist" in entry.changes_text and "Truus" not in entry.changes_text


def test_the_print_page_is_empty_after_erasing(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    assert "Alliantiedag Zwolle" not in person_page(client, "email", "truus@example.org").content.decode()


def test_erasing_a_story_writer_by_phone_deletes_the_story(client, secretariaat_user):
    StoryFactory(name="Kees", contact="06-1234 5678")
    client.force_login(secretariaat_user)
    client.post("/admin/personen/persoon/wissen/?soort=phone&waarde=0612345678")
    assert not Story.objects.exists()


def test_the_erase_page_asks_before_erasing(client, secretariaat_user, caller):
    client.force_login(secretariaat_user)
    client.get("/admin/personen/persoon/wissen/?soort=email&waarde=truus%40example.org")
    assert Registration.objects.filter(guest_name="Truus de Boer").exists()


def test_a_non_staff_account_cannot_open_the_page(client):
    client.force_login(UserFactory())
    response = client.get("/admin/personen/", {"q": "truus"})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_staff_outside_the_secretariat_cannot_open_the_page(client):
    client.force_login(UserFactory(is_staff=True, second_factor=True))
    assert client.get("/admin/personen/", {"q": "truus"}).status_code == 403
