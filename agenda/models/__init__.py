"""Events (Alliantiedagen and other meetings), their speakers and workshops, and registrations."""

from .events import RESERVED_SLUGS, SEAT_STATUSES, Event, EventQuerySet, Speaker, Workshop, WorkshopQuerySet
from .registrations import Registration, RegistrationQuerySet

__all__ = [
    "RESERVED_SLUGS",
    "SEAT_STATUSES",
    "Event",
    "EventQuerySet",
    "Registration",
    "RegistrationQuerySet",
    "Speaker",
    "Workshop",
    "WorkshopQuerySet",
]
