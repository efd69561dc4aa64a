"""The waiting list: numbered 1..n without gaps; free seats go to the first people on it who fit."""

from .. import emails
from ..models import Registration, Workshop


def next_waitlist_position(event):
    last = (
        Registration.objects.waiting()
        .filter(event=event)
        .order_by("-waitlist_position")
        .values_list("waitlist_position", flat=True)
        .first()
    )
    return (last or 0) + 1


def renumber_waitlist(event):
    waiting = list(Registration.objects.waiting().filter(event=event).select_for_update())
    changed = []
    for position, registration in enumerate(waiting, start=1):
        if registration.waitlist_position != position:
            registration.waitlist_position = position
            changed.append(registration)
    if changed:
        Registration.objects.bulk_update(changed, ["waitlist_position"])


def promote_waiting(event):
    """Give free seats to the first people on the waiting list who fit; returns who moved up."""
    waiting = list(
        Registration.objects.waiting()
        .filter(event=event)
        .select_related("workshop")
        .prefetch_related("preferences__workshop")
        .select_for_update(of=("self",))
    )
    if not waiting:
        return []
    # The caller holds the event's lock, so these counts stay true while the seats are handed out.
    event_free = event.count_seats_left()
    workshop_free = {w.pk: w.seats_left for w in Workshop.objects.filter(event=event).with_seats_taken()}

    promoted = []
    for registration in waiting:
        if event_free == 0:
            break
        # Someone who was not placed in the fair draw waits for each of their choices, in their order.
        options = [p.workshop for p in registration.preferences.all()] or [registration.workshop]
        workshop = next((w for w in options if w is None or workshop_free[w.pk] != 0), False)
        if workshop is False:
            continue
        if workshop is not None and workshop_free[workshop.pk] is not None:
            workshop_free[workshop.pk] -= 1
        if event_free is not None:
            event_free -= 1
        registration.status = Registration.Status.BEVESTIGD
        registration.waitlist_position = None
        registration.workshop = workshop
        registration.save(update_fields=["status", "waitlist_position", "workshop", "updated"])
        promoted.append(registration)
    if promoted:
        renumber_waitlist(event)
        for registration in promoted:
            emails.send_promoted(registration)
    return promoted
