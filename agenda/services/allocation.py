"""The fair draw at the preference deadline (the algorithm itself: agenda/allocation.py)."""

import secrets

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.caching import versions
from portal.locking import locking_transaction

from .. import emails
from ..allocation import serial_dictatorship
from ..models import Event, Registration, Workshop
from .locks import RegistrationError, lock_event, lock_workshops
from .waitlist import next_waitlist_position


def draw_identity(registration):
    """Who someone is in the draw: not when they signed up, so the order of sign-up changes nothing."""
    if registration.user_id:
        return f"lid-{registration.user_id}"
    return f"gast-{registration.organisation_id or 0}-{registration.guest_name.casefold()}"


def allocate(*, event, seed=None):
    """The fair draw at the deadline. Returns the outcome, or None when the event was allocated before:
    a second run changes nothing and sends no mail. Same locks as registering. The agenda's pages are renewed
    once, not once per registration."""
    with versions.batched(), locking_transaction():
        event = lock_event(event)
        if event.allocated_at is not None:
            return None
        if not event.uses_preferences:
            raise RegistrationError(_("Deze activiteit verdeelt de werkgroepen niet op voorkeur."))
        lock_workshops(event, *Workshop.objects.filter(event=event))
        pending = list(
            Registration.objects.filter(event=event, status=Registration.Status.VOORKEUR)
            .select_for_update(of=("self",))
            .prefetch_related("preferences")
        )
        seats = {w.pk: w.seats_left for w in Workshop.objects.filter(event=event).with_seats_taken()}
        event_seats = event.count_seats_left()
        people = {draw_identity(r): r for r in pending}
        choices = {person: [p.workshop_id for p in r.preferences.all()] for person, r in people.items()}
        outcome = serial_dictatorship(
            choices=choices, seats=seats, seed=seed or secrets.token_hex(8), event_seats=event_seats
        )
        position = next_waitlist_position(event)
        for person in outcome.order:
            registration = people[person]
            if person in outcome.placed:
                registration.status = Registration.Status.BEVESTIGD
                registration.workshop_id = outcome.placed[person]
            else:
                registration.status = Registration.Status.WACHTLIJST
                registration.waitlist_position = position
                registration.workshop_id = choices[person][0] if choices[person] else None
                position += 1
            registration.save(update_fields=["status", "waitlist_position", "workshop", "updated"])
        event.allocation_seed = outcome.seed
        event.allocated_at = timezone.now()
        event.save(update_fields=["allocation_seed", "allocated_at", "updated"])
        for person in outcome.order:
            emails.send_allocated(people[person], rank=outcome.ranks.get(person))
        return outcome


def allocate_due(*, now=None):
    """Every event whose preference deadline has passed and that has not been allocated yet."""
    now = now or timezone.now()
    due = Event.objects.filter(
        workshop_choice=Event.WorkshopChoice.VOORKEUREN, allocated_at__isnull=True, preference_deadline__lte=now
    )
    return [outcome for event in due if (outcome := allocate(event=event)) is not None]
