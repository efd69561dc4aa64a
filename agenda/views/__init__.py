"""The agenda pages: list, feed, event page, registering and the member's own registrations."""

from .events import EventCalendarView, EventDetailView, EventListView, EventMixin, PaperFormView, feed, region_feed
from .open_registration import GuestRegistrationView, OpenRegisterView
from .organisation import OrganisationCancelView, OrganisationRegistrationsView, RegisterColleagueView
from .registrations import (
    CancelView,
    ChangeWorkshopView,
    MyRegistrationsView,
    OwnRegistrationMixin,
    RegisterView,
    RegistrationDoneView,
)

__all__ = [
    "CancelView",
    "ChangeWorkshopView",
    "EventCalendarView",
    "EventDetailView",
    "EventListView",
    "EventMixin",
    "GuestRegistrationView",
    "OpenRegisterView",
    "MyRegistrationsView",
    "OrganisationCancelView",
    "OrganisationRegistrationsView",
    "OwnRegistrationMixin",
    "PaperFormView",
    "RegisterColleagueView",
    "RegisterView",
    "RegistrationDoneView",
    "feed",
    "region_feed",
]
