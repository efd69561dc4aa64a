"""Publishing an event: a new event is a draft until the secretariat has seen its checklist (as pretix's
"shop not live"), so a half-filled event never goes public by accident."""

import dataclasses

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from .. import emails
from ..models import SEAT_STATUSES, Registration, Workshop
from .locks import NeedsConfirmation, RegistrationError, lock_event


@dataclasses.dataclass
class Checklist:
    # What is missing or odd: publishing anyway needs the secretary's explicit yes.
    warnings: list
    # What will happen, so nothing comes as a surprise (registration opening now).
    notes: list


def _local(moment):
    return date_format(timezone.localtime(moment), "j F Y H:i")


def publication_checklist(event, now=None):
    now = now or timezone.now()
    warnings, notes = [], []
    if not event.city and not event.venue:
        warnings.append(_("Er is geen plaats of locatie ingevuld."))
    if event.date is None:
        warnings.append(_("Er is nog geen datum. Aanmelden kan pas als er een datum is."))
    elif event.date < timezone.localdate(now):
        warnings.append(_("De datum (%(date)s) ligt in het verleden.") % {"date": date_format(event.date, "j F Y")})
    opens = event.registration_opens or now
    if event.registration_closes is not None and event.registration_closes <= max(opens, now):
        warnings.append(
            _("Aanmelden is dan al gesloten: de sluitdatum (%(closes)s) is voorbij.")
            % {"closes": _local(event.registration_closes)}
        )
    elif event.registration_opens is None:
        notes.append(_("Aanmelden gaat open zodra u publiceert."))
    elif event.registration_opens > now:
        notes.append(_("Aanmelden gaat open op %(opens)s.") % {"opens": _local(event.registration_opens)})
    seated = Registration.objects.filter(event=event, status__in=SEAT_STATUSES).count()
    if event.capacity is not None and event.capacity < seated:
        warnings.append(
            _("Er zijn %(capacity)d plaatsen, maar al %(seated)d bevestigde aanmeldingen.")
            % {"capacity": event.capacity, "seated": seated}
        )
    for workshop in Workshop.objects.filter(event=event).with_seats_taken():
        if workshop.capacity is None:
            warnings.append(_("Werkgroep ‘%(title)s’ heeft geen aantal plaatsen.") % {"title": workshop.title})
        elif workshop.capacity < workshop.seats_taken:
            warnings.append(
                _("Werkgroep ‘%(title)s’ heeft %(capacity)d plaatsen, maar al %(seated)d bevestigde aanmeldingen.")
                % {"title": workshop.title, "capacity": workshop.capacity, "seated": workshop.seats_taken}
            )
    return Checklist(warnings=warnings, notes=notes)


def publish(*, event, accept_warnings=False, now=None):
    """Put a draft live. With anything odd on its checklist this raises NeedsConfirmation unless the secretary
    said yes to exactly that (``accept_warnings``). Registration opens now unless a date was set for it."""
    now = now or timezone.now()
    with locking_transaction():
        event = lock_event(event)
        if event.is_published:
            raise RegistrationError(_("Deze activiteit is al gepubliceerd."))
        checklist = publication_checklist(event, now=now)
        if checklist.warnings and not accept_warnings:
            raise NeedsConfirmation(" ".join(checklist.warnings), flag="accept_warnings")
        event.published_at = now
        fields = ["published_at", "updated"]
        # Not when registration has closed already: the database requires closing after opening.
        if event.registration_opens is None and (event.registration_closes is None or event.registration_closes > now):
            event.registration_opens = now
            fields.append("registration_opens")
        event.save(update_fields=fields)
        return event


def unpublish(*, event, notify=False):
    """Back to a draft: off the public pages. Registrations stay as they are; the people registered hear of it
    only when the secretary chose to tell them (``notify``), since a draft is often fixed and put back within
    the hour. Returns the event and how many active registrations it has."""
    with locking_transaction():
        event = lock_event(event)
        if not event.is_published:
            raise RegistrationError(_("Deze activiteit is al een concept."))
        event.published_at = None
        # save() (not update()): the audit trail records the change with who did it.
        event.save(update_fields=["published_at", "updated"])
        registrations = list(Registration.objects.active().filter(event=event).select_related("user", "registered_by"))
        if notify:
            for registration in registrations:
                emails.send_back_to_draft(registration)
        return event, len(registrations)
