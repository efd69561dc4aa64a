"""iCalendar (.ics, RFC 5545) for one event (mail attachment, download) and for the public feeds.

Every calendar carries the VTIMEZONE of the TZID it uses; feeds say METHOD:PUBLISH, a confirmation
REQUEST and a cancellation CANCEL with the same UID and a higher SEQUENCE, so that the entry leaves the
member's calendar again.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from portal.links import absolute_url

PRODID = "-//Sociale Alliantie//Agenda//NL"
PUBLISH, REQUEST, CANCEL = "PUBLISH", "REQUEST", "CANCEL"


def _calendar(name, method):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    return calendar


def _finish(calendar):
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _sequence(moment):
    # Whole seconds: a later version of the same entry always has a higher number.
    return int(moment.timestamp())


def vevent(event, *, cancelled=False):
    """None for an event without a date: a calendar entry needs one, and we never invent it."""
    if not event.date:
        return None
    entry = VEvent()
    host = urlsplit(absolute_url()).hostname or "socialealliantie.nl"
    entry.add("uid", f"agenda-{event.pk}@{host}")
    entry.add("dtstamp", timezone.now())
    version = _sequence(event.updated or timezone.now())
    # A cancellation outranks every version of the entry sent so far.
    entry.add("sequence", max(version, _sequence(timezone.now())) + 1 if cancelled else version)
    entry.add("summary", event.title)
    if event.start_time:
        entry.add("dtstart", event.starts_at)
        if event.end_time:
            entry.add("dtend", event.ends_at)
    else:
        # An all-day entry when the time is not known.
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + datetime.timedelta(days=1))
    # Always a LOCATION: "Plaats volgt" until the secretariat knows it, as the event's page says.
    entry.add("location", event.place_label)
    description = "\n\n".join(part for part in (event.motto, event.description) if part)
    if description:
        entry.add("description", description)
    entry.add("url", absolute_url(event))
    entry.add("organizer", f"mailto:{settings.ORGANISATION['email']}", parameters={"cn": settings.ORGANISATION["name"]})
    cancelled = cancelled or event.status == event.Status.AFGELAST
    entry.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return entry


def event_ics(event, *, method=REQUEST):
    """One event: REQUEST for a confirmation, PUBLISH for a download, CANCEL when the seat is given up."""
    calendar = _calendar(event.title, method)
    entry = vevent(event, cancelled=method == CANCEL)
    if entry is not None:
        calendar.add_component(entry)
    return _finish(calendar)


def feed_ics(events, name="Agenda Sociale Alliantie"):
    calendar = _calendar(name, PUBLISH)
    for event in events:
        entry = vevent(event)
        if entry is not None:
            calendar.add_component(entry)
    return _finish(calendar)
