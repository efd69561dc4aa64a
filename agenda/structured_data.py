"""schema.org Event for an event page, as search engines read it (see shared/reference.md)."""

from portal.jsonld import json_ld
from portal.links import absolute_url

from .models import Event

STATUS = {
    Event.Status.GEPLAND: "https://schema.org/EventScheduled",
    Event.Status.AFGELAST: "https://schema.org/EventCancelled",
    Event.Status.VERPLAATST: "https://schema.org/EventRescheduled",
}


def _organizer(event):
    host = event.host if event.host_id else None
    if host is not None and host.website:
        return {"@type": "Organization", "name": host.name, "url": host.website}
    if event.host_name:
        return {"@type": "Organization", "name": event.host_name}
    return {"@type": "Organization", "name": "Sociale Alliantie", "url": absolute_url("/")}


def _location(event):
    """Google requires a location for an Event, a Place with an address. Without a known place: a Place named
    as the page says it ("Plaats volgt"), with only what is known (the country, the region), never a guessed
    town. Not a VirtualLocation: the event happens somewhere, we only do not know where yet."""
    address = {"@type": "PostalAddress", "addressCountry": "NL"}
    if event.city:
        address["addressLocality"] = event.city
    elif event.region and not event.venue:
        address["addressRegion"] = event.region
    return {"@type": "Place", "name": event.venue or event.city or event.place_label, "address": address}


def event_json_ld(event, speakers=()):
    """None for an event without a known date: no markup rather than invalid markup."""
    if not event.date:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": absolute_url(event),
        "startDate": event.starts_at.isoformat() if event.start_time else event.date.isoformat(),
        "eventStatus": STATUS[event.status],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": _organizer(event),
    }
    if event.ends_at:
        data["endDate"] = event.ends_at.isoformat()
    if event.description:
        data["description"] = event.description
    data["location"] = _location(event)
    if speakers:
        data["performer"] = [{"@type": "Person", "name": speaker.name} for speaker in speakers]
    return json_ld(data)
