"""Event markup: complete when the date is known, absent rather than invalid when it is not."""

import json
import re

import pytest

from alliantie.tests.factories import OrganisationFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def structured(client, event):
    html = client.get(event.get_absolute_url()).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1)) if found else None


def test_an_event_has_location_status_attendance_mode_and_organizer_with_url(client):
    host = OrganisationFactory(name="FNV", website="https://www.fnv.nl/")
    event = EventFactory(title="Alliantiedag Drachten", city="Drachten", venue="De Lawei", host=host)
    data = structured(client, event)
    assert data["location"] == {
        "@type": "Place",
        "name": "De Lawei",
        "address": {"@type": "PostalAddress", "addressCountry": "NL", "addressLocality": "Drachten"},
    }
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"] == {"@type": "Organization", "name": "FNV", "url": "https://www.fnv.nl/"}
    assert data["startDate"].endswith("+01:00") or data["startDate"].endswith("+02:00")


def test_an_event_without_a_date_has_no_event_markup(client):
    event = EventFactory(date=None, approximate_date="najaar 2027", year=2027)
    assert structured(client, event) is None
