"""The member's e-mails about a registration: plain Dutch text, with an .ics when a seat is confirmed."""

from alliantie.mail import send_templated

from .ical import event_ics


def _send(registration, template, *, with_ics=False):
    attachments = []
    if with_ics and registration.event.date:
        attachments.append((f"{registration.event.slug}.ics", event_ics(registration.event), "text/calendar"))
    send_templated(
        template=f"agenda/email/{template}",
        to=registration.mail_address or [],
        context={
            "registration": registration,
            "event": registration.event,
            "greeting_name": registration.greeting_name,
            "on_behalf": registration.mailed_on_behalf,
        },
        attachments=attachments,
    )


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
