"""The locks every writing service takes first, always in the same order: the event, then its workshops by id;
and the seat check that is only right under them."""

from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from ..models import SEAT_STATUSES, Event, Registration, Workshop
from ..models.events import seats_left_of


class RegistrationError(Exception):
    """A rule stops the change; the message is shown to the member as it is."""


class NeedsConfirmation(RegistrationError):
    """The change is allowed, but only as the staff member's explicit choice: the caller asks (showing the
    message) and calls again with the keyword argument ``flag`` set to True."""

    def __init__(self, message, *, flag):
        self.flag = flag
        super().__init__(message)


def lock_event(event):
    return Event.objects.select_for_update().get(pk=event.pk)


def lock_workshops(event, *workshops):
    ids = sorted({w.pk for w in workshops if w is not None})
    locked = {w.pk: w for w in Workshop.objects.select_for_update().filter(event=event, pk__in=ids).order_by("pk")}
    if len(locked) != len(ids):
        raise RegistrationError(_("Deze werkgroep hoort niet bij deze activiteit."))
    return locked


def has_seat(place):
    """Whether an event or workshop (None: no workshop) has a free seat, counted now: call it under the event's
    lock, so that nobody else takes that seat between this count and the insert."""
    return place is None or place.count_seats_left() != 0


def place_for_newcomer(event, workshop):
    """Whether someone new gets a seat (in the event and, if any, the workshop), and otherwise the next place on
    the waiting list: counted in one query, since it runs under the event's lock and every millisecond there
    is a millisecond the next person waits. Call it under that lock, as ``has_seat``."""
    seat = Q(status__in=SEAT_STATUSES)
    counts = Registration.objects.filter(event=event).aggregate(
        event_taken=Count("pk", filter=seat),
        workshop_taken=Count("pk", filter=seat & Q(workshop=workshop)),
        last_waiting=Max("waitlist_position", filter=Q(status=Registration.Status.WACHTLIJST)),
    )
    seated = seats_left_of(event.capacity, counts["event_taken"]) != 0
    if workshop is not None:
        seated = seated and seats_left_of(workshop.capacity, counts["workshop_taken"]) != 0
    return seated, (counts["last_waiting"] or 0) + 1
