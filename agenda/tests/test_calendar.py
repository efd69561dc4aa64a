"""Calendars that calendar programs accept: VTIMEZONE, the right METHOD, and a cancellation that removes."""

import pytest
from django.core import mail
from icalendar import Calendar

from agenda import services
from alliantie.tests.factories import MembershipFactory

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def parse(content):
    return Calendar.from_ical(content)


def test_the_feed_publishes_with_its_timezone(client):
    EventFactory(title="Alliantiedag Drachten", region="Friesland")
    calendar = parse(client.get("/agenda/agenda.ics").content)
    assert calendar["METHOD"] == "PUBLISH"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert calendar.walk("VEVENT")[0]["DTSTART"].params["TZID"] == "Europe/Amsterdam"


def test_a_region_has_its_own_feed(client):
    EventFactory(title="Alliantiedag Drachten", region="Friesland")
    EventFactory(title="Alliantiedag Roermond", region="Limburg")
    calendar = parse(client.get("/agenda/regio/friesland.ics").content)
    assert [str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")] == ["Alliantiedag Drachten"]
    assert client.get("/agenda/regio/atlantis.ics").status_code == 404


def test_one_event_can_be_put_in_ones_calendar(client):
    event = EventFactory(title="Alliantiedag Drachten")
    calendar = parse(client.get(f"/agenda/{event.slug}/agenda.ics").content)
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Alliantiedag Drachten"
    assert f'href="/agenda/{event.slug}/agenda.ics"' in client.get(event.get_absolute_url()).content.decode()


def test_confirmation_requests_and_cancellation_cancels_the_same_entry(mail_delivered):
    workshop = WorkshopFactory(capacity=5)
    user = MembershipFactory().user
    with mail_delivered():
        registration = services.register(event=workshop.event, user=user, workshop=workshop)
    with mail_delivered():
        services.cancel(registration=registration)
    confirmation, cancellation = (parse(message.attachments[0][1]) for message in mail.outbox)
    invite, withdrawal = confirmation.walk("VEVENT")[0], cancellation.walk("VEVENT")[0]
    assert (confirmation["METHOD"], cancellation["METHOD"]) == ("REQUEST", "CANCEL")
    assert invite["UID"] == withdrawal["UID"]
    assert withdrawal["SEQUENCE"] > invite["SEQUENCE"]
    assert withdrawal["STATUS"] == "CANCELLED"
    assert cancellation.walk("VTIMEZONE")
