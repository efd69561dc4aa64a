"""The secretariat's screens: events with workshops and speakers, registrations, exports and attendance lists."""

from ..votes import admin as vote_admin  # noqa: F401 - registers the vote's screens
from .events import EventAdmin, SpeakerInline, WorkshopInline
from .registrations import PreferenceInline, RegistrationAdmin, WorkshopFilter

__all__ = ["EventAdmin", "PreferenceInline", "RegistrationAdmin", "SpeakerInline", "WorkshopFilter", "WorkshopInline"]
