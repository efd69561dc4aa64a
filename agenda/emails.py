"""The member's e-mails about a registration: plain Dutch text, with an .ics when a seat is confirmed."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from .ical import event_ics


def _send(registration, template, *, with_ics=False):
    context = {
        "registration": registration,
        "event": registration.event,
        "user": registration.user,
        "site_url": settings.SITE_URL,
        "organisation": settings.ORGANISATION,
    }
    subject = " ".join(render_to_string(f"agenda/email/{template}_subject.txt", context).split())
    body = render_to_string(f"agenda/email/{template}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[registration.user.email])
    if with_ics and registration.event.date:
        message.attach(f"{registration.event.slug}.ics", event_ics(registration.event), "text/calendar")
    message.send()


def send_registered(registration):
    if registration.status == registration.Status.WACHTLIJST:
        _send(registration, "waitlist")
    else:
        _send(registration, "confirmation", with_ics=True)


def send_promoted(registration):
    _send(registration, "promotion", with_ics=True)


def send_cancelled(registration):
    _send(registration, "cancellation")


def send_workshop_changed(registration):
    _send(registration, "workshop_changed", with_ics=registration.status == registration.Status.BEVESTIGD)
