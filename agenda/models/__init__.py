"""Events (Alliantiedagen and other meetings), their speakers and workshops, and registrations."""

from .events import RESERVED_SLUGS, SEAT_STATUSES, Event, EventQuerySet
from .programme import Speaker, Workshop, WorkshopQuerySet
from .registrations import Registration, RegistrationQuerySet, WorkshopPreference
from .reminders import SentReminder
from .votes import Development, Side, Sticker, Vote, VoteCode, VoteYearSummary

__all__ = [
    "RESERVED_SLUGS",
    "SEAT_STATUSES",
    "Event",
    "EventQuerySet",
    "Registration",
    "RegistrationQuerySet",
    "SentReminder",
    "Speaker",
    "Workshop",
    "WorkshopPreference",
    "WorkshopQuerySet",
    "Development",
    "Side",
    "Sticker",
    "Vote",
    "VoteCode",
    "VoteYearSummary",
]
