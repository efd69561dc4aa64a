"""At the door: ticking people present, undoing a tick, and registering someone who walks in.

Check-in opens on the event's day. Earlier, letting in someone waiting, or a walk-in beyond the seats: each is
allowed, but only as the staff member's explicit choice (NeedsConfirmation), never by a mistaken tap.
"""

from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from ..models import Registration
from .locks import NeedsConfirmation, RegistrationError, has_seat, lock_event, lock_workshops
from .waitlist import next_waitlist_position, promote_waiting, renumber_waitlist

# Who has no seat yet: letting them in is a choice, since others may be waiting before them.
WITHOUT_SEAT = (Registration.Status.WACHTLIJST, Registration.Status.VOORKEUR)


def check_in_is_open(event, now=None):
    return event.date is not None and timezone.localdate(now) >= event.date


def _check_day(event, *, early, now, name):
    if early or check_in_is_open(event, now):
        return
    when = date_format(event.date, "l j F Y") if event.date else _("nog niet bekend")
    raise NeedsConfirmation(
        _("De activiteit is pas op %(date)s. Wilt u %(name)s nu al aanwezig melden?") % {"date": when, "name": name},
        flag="early",
    )


def mark_present(*, registrations, early=False, now=None):
    """Tick confirmed people present (the admin's list action); returns how many were marked. Someone already
    present changes nothing (a tick sent twice counts once); before the event's day only with ``early``."""
    with locking_transaction():
        marked = Registration.objects.filter(pk__in=[r.pk for r in registrations], status=Registration.Status.BEVESTIGD)
        if not early:
            marked = marked.filter(event__date__lte=timezone.localdate(now))
        marked = list(marked.select_for_update())
        for registration in marked:
            # One save each (not update()): the audit trail names every person ticked and who ticked them.
            registration.status = Registration.Status.AANWEZIG
            registration.save(update_fields=["status", "updated"])
        return len(marked)


def check_in(*, registration, admit_waiting=False, early=False, now=None):
    """Tick one person present at the door. Returns the registration, or None when they were present already."""
    with locking_transaction():
        event = lock_event(registration.event)
        registration = (
            Registration.objects.select_for_update(of=("self",)).select_related("user").get(pk=registration.pk)
        )
        if registration.status == Registration.Status.AANWEZIG:
            return None
        if registration.status == Registration.Status.GEANNULEERD:
            raise RegistrationError(_("%(name)s heeft zich afgemeld.") % {"name": registration.display_name})
        _check_day(event, early=early, now=now, name=registration.display_name)
        was_waiting = registration.status in WITHOUT_SEAT
        if was_waiting and not admit_waiting:
            place = (
                _(" (plaats %(n)d)") % {"n": registration.waitlist_position} if registration.waitlist_position else ""
            )
            raise NeedsConfirmation(
                _(
                    "%(name)s staat op de wachtlijst%(place)s en heeft nog geen plaats. Wilt u %(name)s toch "
                    "toelaten? Dan telt hij of zij mee, ook als de activiteit of werkgroep vol is."
                )
                % {"name": registration.display_name, "place": place},
                flag="admit_waiting",
            )
        # Remembered, so that an undone check-in puts them back where they were (undo_check_in).
        registration.admitted_from = registration.status if was_waiting else ""
        registration.admitted_from_position = registration.waitlist_position if was_waiting else None
        registration.status = Registration.Status.AANWEZIG
        registration.waitlist_position = None
        registration.save(
            update_fields=["status", "waitlist_position", "admitted_from", "admitted_from_position", "updated"]
        )
        if was_waiting:
            renumber_waitlist(event)
        return registration


def undo_check_in(*, registration):
    """A tick by mistake: back to where the person was before it. Someone with a seat gets it back. Someone let in
    from the waiting list goes back on it at their former place, those behind them moving one place down; when
    the list has become shorter than that place meanwhile (people moved up or left), at its end. Fair to them (a
    mistake at the door should not cost them their place) and to the others (nobody is passed by someone who
    was behind them). Someone let in before the fair draw waits for the draw again."""
    with locking_transaction():
        event = lock_event(registration.event)
        registration = (
            Registration.objects.select_for_update(of=("self",)).select_related("user").get(pk=registration.pk)
        )
        if registration.status != Registration.Status.AANWEZIG:
            raise RegistrationError(_("%(name)s was niet aanwezig gemeld.") % {"name": registration.display_name})
        back_to = registration.admitted_from or Registration.Status.BEVESTIGD
        registration.status = back_to
        if back_to == Registration.Status.WACHTLIJST:
            last = next_waitlist_position(event)
            position = min(registration.admitted_from_position or last, last)
            Registration.objects.waiting().filter(event=event, waitlist_position__gte=position).update(
                waitlist_position=F("waitlist_position") + 1
            )
            registration.waitlist_position = position
        registration.admitted_from = ""
        registration.admitted_from_position = None
        registration.save(
            update_fields=["status", "waitlist_position", "admitted_from", "admitted_from_position", "updated"]
        )
        if back_to == Registration.Status.WACHTLIJST:
            # The seat they held may have been the one someone else left meanwhile: it goes to the list again.
            promote_waiting(event)
        return registration


def register_walk_in(
    *, event, guest_name, registered_by, organisation=None, workshop=None, over_capacity=False, early=False, now=None
):
    """Someone who comes in at the door without registering: present at once. When there is no seat left,
    only as the staff member's choice (``over_capacity``)."""
    guest_name = guest_name.strip()
    if not guest_name:
        raise RegistrationError(_("Vul de naam in."))
    if registered_by is None or not registered_by.is_staff:
        raise RegistrationError(_("Alleen het secretariaat kan dit doen."))
    with locking_transaction():
        event = lock_event(event)
        _check_day(event, early=early, now=now, name=guest_name)
        if workshop is not None:
            workshop = lock_workshops(event, workshop)[workshop.pk]
        duplicate = Registration.objects.active().filter(
            event=event, user=None, guest_name__iexact=guest_name, organisation=organisation
        )
        if duplicate.exists():
            raise RegistrationError(_("%(name)s staat al op de lijst. Zoek de naam op.") % {"name": guest_name})
        if not over_capacity:
            if not has_seat(workshop):
                full = _("Werkgroep ‘%(title)s’ is vol (%(capacity)d plaatsen).") % {
                    "title": workshop.title,
                    "capacity": workshop.capacity,
                }
            elif not has_seat(event):
                full = _("Alle %(capacity)d plaatsen van deze activiteit zijn bezet.") % {"capacity": event.capacity}
            else:
                full = ""
            if full:
                raise NeedsConfirmation(
                    full + " " + _("Wilt u %(name)s toch toelaten?") % {"name": guest_name}, flag="over_capacity"
                )
        return Registration.objects.create(
            event=event,
            guest_name=guest_name,
            organisation=organisation,
            registered_by=registered_by,
            workshop=workshop,
            status=Registration.Status.AANWEZIG,
        )
