"""The mails about a registration: plain Dutch text, with an .ics that puts a confirmed seat in the
calendar and takes it out again when cancelled."""

from urllib.parse import urlencode

from portal.mail import send_templated

from .ical import CANCEL, REQUEST, event_ics


def _send(registration, template, *, ics_method=None, extra=None):
    attachments = []
    if ics_method and registration.event.date:
        content = event_ics(registration.event, method=ics_method)
        attachments.append((f"{registration.event.slug}.ics", content, "text/calendar"))
    send_templated(
        template=f"agenda/email/{template}",
        to=registration.mail_address or [],
        context={
            "registration": registration,
            "event": registration.event,
            "greeting_name": registration.greeting_name,
            "on_behalf": registration.mailed_on_behalf,
            **(extra or {}),
        },
        attachments=attachments,
    )


def send_registered(registration):
    if registration.status == registration.Status.VOORKEUR:
        _send(registration, "preferences", extra={"preferences": list(registration.preferences.all())})
    elif registration.status == registration.Status.WACHTLIJST:
        _send(registration, "waitlist")
    else:
        _send(registration, "confirmation", ics_method=REQUEST)


def send_promoted(registration):
    _send(registration, "promotion", ics_method=REQUEST)


def send_cancelled(registration):
    # Takes the entry out of the calendar again (same UID, higher SEQUENCE).
    _send(registration, "cancellation", ics_method=CANCEL)


def send_back_to_draft(registration):
    # No .ics change: the date may still stand; the mail says the secretariat will write again.
    _send(registration, "back_to_draft")


def send_workshop_changed(registration):
    seated = registration.status == registration.Status.BEVESTIGD
    _send(registration, "workshop_changed", ics_method=REQUEST if seated else None)


def send_allocated(registration, *, rank):
    """The outcome of the fair draw: a place (and which choice it was) or the waiting lists."""
    if registration.status == registration.Status.BEVESTIGD:
        _send(registration, "allocation_placed", ics_method=REQUEST, extra={"rank": rank})
    else:
        _send(registration, "allocation_waitlist", extra={"preferences": list(registration.preferences.all())})


def route_search(event):
    """A map search for the venue and city as the secretariat typed them: we never make up a route or address."""
    if not event.has_place:
        return ""
    return "https://www.openstreetmap.org/search?" + urlencode({"query": event.place_label})


def send_reminder(registration):
    _send(registration, "reminder", ics_method=REQUEST, extra={"route": route_search(registration.event)})


def send_no_seat(registration):
    _send(registration, "no_seat")


def send_thanks(registration):
    # Reports are mentioned only when the event's page has some.
    has_reports = registration.event.workshops.exclude(report="").exists()
    _send(registration, "thanks", extra={"has_reports": has_reports})


def send_place_known(registration):
    seated = registration.status == registration.Status.BEVESTIGD
    _send(
        registration,
        "place_known",
        ics_method=REQUEST if seated else None,
        extra={"route": route_search(registration.event)},
    )
