"""The secretariat changes the number of seats of an event or workshop: more seats go to the waiting list at
once; fewer than the people who already have a seat is refused, naming them, so nobody loses a seat unseen."""

from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from ..models import Event, Registration
from .locks import RegistrationError, lock_event, lock_workshops
from .waitlist import promote_waiting


class CapacityTooLow(RegistrationError):
    def __init__(self, *, seated, people):
        self.seated = seated
        self.people = people
        super().__init__(
            _(
                "Er hebben al %(seated)d mensen een plaats. Met minder plaatsen verliezen deze mensen hun plaats: "
                "%(names)s. Meld hen eerst af, of kies ten minste %(seated)d plaatsen."
            )
            % {"seated": seated, "names": ", ".join(people)}
        )


def check_capacity(place, capacity):
    """Raises CapacityTooLow when ``capacity`` seats are fewer than the people seated in ``place`` (an event
    or a workshop). Those named are the last to get their seat: they would be the ones left over."""
    if capacity is None or place.pk is None:
        return
    field = "event" if isinstance(place, Event) else "workshop"
    seated = list(
        Registration.objects.filter(**{field: place}).seated().select_related("user").order_by("created", "pk")
    )
    if capacity < len(seated):
        raise CapacityTooLow(seated=len(seated), people=[r.display_name for r in seated[capacity:]])


def change_capacity(*, place, capacity):
    """Set the seats of an event or one of its workshops; returns who moved up from the waiting list (each is
    mailed by the promotion). Same locks as registering, so no seat is handed out twice."""
    with locking_transaction():
        event = lock_event(place if isinstance(place, Event) else place.event)
        place = event if isinstance(place, Event) else lock_workshops(event, place)[place.pk]
        check_capacity(place, capacity)
        place.capacity = capacity
        place.save(update_fields=["capacity"] + (["updated"] if place is event else []))
        if event.has_started():
            return []
        return promote_waiting(event)
