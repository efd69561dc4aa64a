"""iCalendar (.ics) for one event (mail attachment) and for the public feed."""

import datetime
from urllib.parse import urlsplit

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from alliantie.links import absolute_url

PRODID = "-//Sociale Alliantie//Agenda//NL"


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _location(event):
    return ", ".join(part for part in (event.venue, event.city) if part)


def vevent(event):
    """None for an event without a date: a calendar entry needs one, and we never invent it."""
    if not event.date:
        return None
    entry = VEvent()
    host = urlsplit(absolute_url()).hostname or "socialealliantie.nl"
    entry.add("uid", f"agenda-{event.pk}@{host}")
    entry.add("dtstamp", event.updated or timezone.now())
    entry.add("summary", event.title)
    if event.start_time:
        entry.add("dtstart", event.starts_at)
        if event.end_time:
            entry.add("dtend", event.ends_at)
    else:
        # An all-day entry when the time is not known.
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + datetime.timedelta(days=1))
    if _location(event):
        entry.add("location", _location(event))
    description = "\n\n".join(part for part in (event.motto, event.description) if part)
    if description:
        entry.add("description", description)
    entry.add("url", absolute_url(event))
    if event.status == event.Status.AFGELAST:
        entry.add("status", "CANCELLED")
    else:
        entry.add("status", "CONFIRMED")
    return entry


def event_ics(event):
    calendar = _calendar(event.title)
    entry = vevent(event)
    if entry is not None:
        calendar.add_component(entry)
    return calendar.to_ical()


def feed_ics(events):
    calendar = _calendar("Agenda Sociale Alliantie")
    for event in events:
        entry = vevent(event)
        if entry is not None:
            calendar.add_component(entry)
    return calendar.to_ical()
