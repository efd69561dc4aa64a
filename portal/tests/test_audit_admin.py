"""The audit trail reads as Dutch sentences: who, when to the minute, what, and which changes."""

import datetime
import zoneinfo

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry

from agenda.models import Event
from agenda.tests.factories import EventFactory, WorkshopFactory
from alliantie.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def trail(client, **params):
    return client.get("/admin/auditlog/logentry/", params).content.decode()


def test_the_columns_have_dutch_headings(client, secretariaat_user):
    EventFactory()
    client.force_login(secretariaat_user)
    page = trail(client)
    assert all(f">{heading}<" in page for heading in ["Wanneer", "Wie", "Wat", "Welk onderdeel", "Wijzigingen"])


def test_the_time_is_shown_to_the_minute(client, secretariaat_user, time_machine):
    time_machine.move_to(datetime.datetime(2031, 3, 4, 10, 7, 33, tzinfo=AMSTERDAM), tick=False)
    EventFactory()
    client.force_login(secretariaat_user)
    assert "4 maart 2031, 10:07<" in trail(client)


def test_a_change_reads_as_field_old_new(client, secretariaat_user):
    event = EventFactory(city="Utrecht")
    event.city = "Zwolle"
    event.save()
    client.force_login(secretariaat_user)
    label = Event._meta.get_field("city").verbose_name
    assert f"{label}: Utrecht → Zwolle" in trail(client, wat=str(LogEntry.Action.UPDATE))


def test_a_workshop_entry_names_its_event(client, secretariaat_user):
    WorkshopFactory(title="Wonen", event=EventFactory(title="Alliantiedag Zwolle"))
    client.force_login(secretariaat_user)
    assert "Wonen (bij Alliantiedag Zwolle" in trail(client)


def test_the_filter_per_staff_member_shows_only_their_entries(client, secretariaat_user):
    colleague = UserFactory(is_staff=True, first_name="Kim", last_name="Collega")
    with set_actor(colleague):
        EventFactory(title="Door Kim gemaakt")
    with set_actor(secretariaat_user):
        EventFactory(title="Door Sam gemaakt")
    client.force_login(secretariaat_user)
    page = trail(client, wie=str(colleague.pk))
    assert "Door Kim gemaakt" in page and "Door Sam gemaakt" not in page


def test_the_search_finds_the_person_affected(client, secretariaat_user):
    person = UserFactory(first_name="Truus", last_name="de Boer")
    EventFactory(title="Iets anders")
    client.force_login(secretariaat_user)
    page = trail(client, q=str(person))
    assert f": {person}</td>" in page and "Iets anders" not in page


def test_the_stored_search_words_and_the_copied_speaker_names_are_not_in_the_trail():
    from auditlog.models import LogEntry

    from agenda.models import Speaker
    from agenda.tests.factories import EventFactory

    event = EventFactory(title="Alliantiedag Zwolle")
    Speaker.objects.create(event=event, name="Alex Brenninkmeijer")
    event.title = "Alliantiedag Zwolle-Zuid"
    event.save()
    changed = {name for entry in LogEntry.objects.get_for_object(event) for name in entry.changes_dict}
    assert "title" in changed
    assert not changed & {"search_vector", "speaker_names"}


def test_a_check_in_at_the_door_shows_who_did_it_and_the_new_status(client, secretariaat_user):
    from agenda import services as agenda_services

    event = EventFactory(title="Alliantiedag Zwolle")
    registration = agenda_services.register(
        event=event, guest_name="Truus de Boer", guest_phone="0612345678", registered_by=secretariaat_user
    )
    with set_actor(secretariaat_user):
        agenda_services.check_in(registration=registration, early=True)
    client.force_login(secretariaat_user)
    page = trail(client, wie=str(secretariaat_user.pk), q="Truus de Boer")
    assert "status: Bevestigd → Aanwezig" in page


def test_erasing_a_person_without_an_account_takes_their_name_out_of_the_trail(client, secretariaat_user):
    from agenda import services as agenda_services

    with set_actor(secretariaat_user):  # she phoned; the secretariat registered her
        agenda_services.register(
            event=EventFactory(), guest_name="Truus de Boer", guest_phone="0612345678", registered_by=secretariaat_user
        )
    client.force_login(secretariaat_user)
    assert "Truus" in trail(client)
    client.post("/admin/personen/persoon/wissen/?soort=phone&waarde=0612345678")
    assert "Truus" not in trail(client)


def test_what_a_visitor_does_themselves_is_not_copied_into_the_trail(client, secretariaat_user):
    from agenda import services as agenda_services

    with set_actor(None):  # as the middleware says for a visitor without an account
        registration = agenda_services.register(
            event=EventFactory(audience="iedereen"), guest_name="Truus de Boer", guest_email="truus@example.org"
        )
        agenda_services.cancel(registration=registration)
    client.force_login(secretariaat_user)
    assert "Truus" not in trail(client)


def test_the_list_asks_the_same_number_of_queries_for_ten_workshop_entries_as_for_one(client, secretariaat_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = EventFactory(title="Alliantiedag Zwolle")
    WorkshopFactory(event=event)
    client.force_login(secretariaat_user)
    with CaptureQueriesContext(connection) as one:
        trail(client)
    for number in range(9):
        WorkshopFactory(event=EventFactory(title=f"Alliantiedag {number}"))
    with CaptureQueriesContext(connection) as ten:
        page = trail(client)
    assert len(ten) == len(one) and page.count("(bij Alliantiedag ") == 10
