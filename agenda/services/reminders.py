"""Mails about an event that nobody asks for but everyone needs: the reminder three days before, the word to
those still waiting when the waiting list closes, the thank-you afterwards, and the place once it is known.

Each goes once per registration: a SentReminder row (unique per registration and kind) is inserted in the same
transaction as the queued mail. A second run, or two at the same time, finds the row and sends nothing.
The periodic jobs (agenda/tasks.py) pass the clock's ``now``; tests pass fixed moments.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.locking import locking_transaction

from .. import emails
from ..models import SEAT_STATUSES, Event, Registration, SentReminder
from .locks import lock_event

Kind = SentReminder.Kind

REMIND_DAYS_BEFORE = 3
# Only recent events: when this first runs (or after the worker was down a week) nobody gets a mail about a
# day long past.
LOOK_BACK_DAYS = 7


def _events_between(first_day, last_day):
    return Event.objects.published().exclude(status=Event.Status.AFGELAST).filter(date__range=(first_day, last_day))


def _send_once(registrations, pk, kind, send, *, now, still):
    """Mark and mail one registration, or nothing when it had this kind already or no longer fits. True when
    mailed."""
    with locking_transaction():
        # Locked as still chosen: a check-in or cancellation in between keeps its mail from going out.
        registration = (
            registrations.select_for_update(of=("self",))
            .select_related("event", "user", "registered_by", "workshop")
            .filter(pk=pk)
            .first()
        )
        if registration is None or not still(registration):
            return False
        try:
            with transaction.atomic():
                SentReminder.objects.create(registration=registration, kind=kind, sent_at=now)
        except IntegrityError:
            return False
        send(registration)
        return True


def _send_all(registrations, kind, send, *, now, still=lambda registration: True):
    sent = 0
    for registration in registrations.exclude(sent_reminders__kind=kind).select_related("event"):
        if still(registration):
            sent += _send_once(registrations, registration.pk, kind, send, now=now, still=still)
    return sent


def send_reminders(*, now):
    """Three days before the event: everyone with a seat and an address of their own. Someone who registered
    later than that already has all of it in the confirmation, sent just now; people without an address are on
    the secretariat's call list (admin: Belijst)."""
    today = timezone.localdate(now)
    events = _events_between(today, today + datetime.timedelta(days=REMIND_DAYS_BEFORE))
    registrations = Registration.objects.filter(
        event__in=events, status=Registration.Status.BEVESTIGD
    ).reachable_by_mail()

    def due(registration):
        starts = registration.event.starts_at
        moment = starts - datetime.timedelta(days=REMIND_DAYS_BEFORE)
        return moment <= now < starts and registration.created < moment

    return _send_all(registrations, Kind.HERINNERING, emails.send_reminder, now=now, still=due)


def close_waiting_lists(*, now):
    """When the event starts, the waiting list closes: until then a cancellation still gives the first person on
    it a seat (services.cancel), after it nobody can cancel. Whoever still waits hears plainly that there was no
    seat, so nobody keeps hoping."""
    today = timezone.localdate(now)
    events = _events_between(today - datetime.timedelta(days=LOOK_BACK_DAYS), today)
    registrations = Registration.objects.filter(event__in=events, status=Registration.Status.WACHTLIJST)
    return _send_all(
        registrations,
        Kind.GEEN_PLAATS,
        emails.send_no_seat,
        now=now,
        still=lambda registration: registration.event.has_started(now),
    )


def send_thanks(*, now):
    """The day after the event: thank everyone who was there or had a seat, with a link to the event's page."""
    today = timezone.localdate(now)
    events = _events_between(today - datetime.timedelta(days=LOOK_BACK_DAYS), today - datetime.timedelta(days=1))
    registrations = Registration.objects.filter(event__in=events, status__in=SEAT_STATUSES).reachable_by_mail()
    return _send_all(registrations, Kind.BEDANKT, emails.send_thanks, now=now)


def announce_place(*, event, now=None):
    """The secretariat filled in the place of an event that had none: those with a seat and those waiting hear
    where it is, once (setting it again later mails nobody twice). Called by the admin's save, after it."""
    now = now or timezone.now()
    with locking_transaction():
        event = lock_event(event)
        if not event.has_place or event.has_started(now):
            return 0
        registrations = Registration.objects.filter(
            event=event, status__in=(Registration.Status.BEVESTIGD, Registration.Status.WACHTLIJST)
        )
        return _send_all(registrations, Kind.PLAATS_BEKEND, emails.send_place_known, now=now)
