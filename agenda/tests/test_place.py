"""Every event says where it is: its place, or "Plaats volgt" until the secretariat knows it; and when it gets a
place, those registered hear it once."""

import json
import re

import pytest
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from agenda import services
from agenda.ical import event_ics
from agenda.models import Event
from agenda.structured_data import event_json_ld
from alliantie.tests.factories import MembershipFactory, UserFactory
from portal.outbox.services import deliver_waiting
from portal.tests.admin_forms import form_as_sent

from .factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def placeless():
    return EventFactory(title="Alliantiedag Noord", city="", venue="", region="Friesland")


def test_an_event_without_a_place_says_plaats_volgt_on_its_page(client, placeless):
    html = client.get(placeless.get_absolute_url()).content.decode()
    facts = html.split('class="event-facts"', 1)[1].split("</dl>", 1)[0]
    assert "Plaats volgt" in facts


def test_the_agenda_says_plaats_volgt(client, placeless):
    html = client.get(reverse("agenda:event-list")).content.decode()
    item = html.split("Alliantiedag Noord", 1)[1].split("</li>", 1)[0]
    assert "Plaats volgt" in item


def test_the_regions_calendar_says_plaats_volgt(client, placeless):
    calendar = Calendar.from_ical(client.get("/agenda/regio/friesland.ics").content)
    assert [str(entry["LOCATION"]) for entry in calendar.walk("VEVENT")] == ["Plaats volgt"]


def test_the_markup_of_an_event_without_a_place_names_a_place_to_follow(placeless):
    data = json.loads(event_json_ld(placeless))
    assert data["location"] == {
        "@type": "Place",
        "name": "Plaats volgt",
        "address": {"@type": "PostalAddress", "addressCountry": "NL", "addressRegion": "Friesland"},
    }


def _set_place(client, event, **place):
    url = reverse("admin:agenda_event_change", args=[event.pk])
    form = form_as_sent(client.get(url), Event)
    return client.post(url, form | place)


def test_setting_the_place_mails_those_registered_once(client, secretariaat_user, placeless, mail_delivered):
    services.register(event=placeless, user=MembershipFactory(user=UserFactory(first_name="Anna")).user)
    deliver_waiting()
    mail.outbox.clear()
    client.force_login(secretariaat_user)
    with mail_delivered():
        _set_place(client, placeless, city="Drachten", venue="De Lawei")
        _set_place(client, placeless, city="", venue="")
        _set_place(client, placeless, city="Drachten", venue="De Lawei")
    assert [m.subject for m in mail.outbox] == ["De plaats is bekend: Alliantiedag Noord"]
    assert "Plaats: De Lawei, Drachten" in mail.outbox[0].body


def test_changing_another_field_of_a_placeless_event_mails_nobody(client, secretariaat_user, placeless):
    services.register(event=placeless, user=MembershipFactory().user)
    deliver_waiting()
    mail.outbox.clear()
    client.force_login(secretariaat_user)
    _set_place(client, placeless, motto="Samen sterk")
    deliver_waiting()
    assert mail.outbox == []


def test_every_seeded_event_with_markup_has_a_location(seeded):
    dated = Event.objects.filter(date__isnull=False)
    assert dated.exists()
    assert all(json.loads(event_json_ld(event))["location"]["name"] for event in dated)


def test_every_seeded_events_calendar_entry_has_a_location(seeded):
    dated = Event.objects.filter(date__isnull=False)
    entries = [Calendar.from_ical(event_ics(event)).walk("VEVENT")[0] for event in dated]
    assert all(str(entry["LOCATION"]) for entry in entries)


def test_every_seeded_events_page_shows_where(client, seeded):
    for event in Event.objects.public():
        html = client.get(event.get_absolute_url()).content.decode()
        assert re.search(r"<dt>Waar</dt><dd>[^<]+</dd>", html), event.slug
