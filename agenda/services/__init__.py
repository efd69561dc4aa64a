"""Registering, cancelling and changing workshop: the writes that must never exceed a capacity.

Every function locks the event row (and the workshop rows it touches) with SELECT ... FOR UPDATE
before it counts seats, so concurrent requests for the same event queue up in PostgreSQL: the
count and the insert are one step for everyone, also across many web servers. Seats are counted
from the registrations themselves; there is no counter column that could drift.
Locks are always taken in the same order (event, then workshops by id) to avoid deadlocks.
"""

from .allocation import allocate, allocate_due, draw_identity
from .attendance import check_in, check_in_is_open, mark_present, register_walk_in, undo_check_in
from .capacity import CapacityTooLow, change_capacity, check_capacity
from .locks import NeedsConfirmation, RegistrationError
from .publication import publication_checklist, publish, unpublish
from .registrations import (
    anonymise_registrations_of,
    cancel,
    cancel_all_for,
    change_workshop,
    delete_registration,
    register,
)
from .reminders import announce_place, close_waiting_lists, send_reminders, send_thanks
from .travel import mark_travel_costs_paid

__all__ = [
    "CapacityTooLow",
    "NeedsConfirmation",
    "RegistrationError",
    "change_capacity",
    "check_capacity",
    "check_in",
    "check_in_is_open",
    "publication_checklist",
    "publish",
    "undo_check_in",
    "unpublish",
    "allocate",
    "announce_place",
    "close_waiting_lists",
    "send_reminders",
    "send_thanks",
    "allocate_due",
    "anonymise_registrations_of",
    "cancel",
    "cancel_all_for",
    "change_workshop",
    "delete_registration",
    "draw_identity",
    "mark_present",
    "mark_travel_costs_paid",
    "register",
    "register_walk_in",
]
