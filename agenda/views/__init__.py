"""The agenda pages: list, feed, event page, registering and the member's own registrations."""

from .events import EventCalendarView, EventDetailView, EventListView, EventMixin, feed, region_feed
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
    "MyRegistrationsView",
    "OrganisationCancelView",
    "OrganisationRegistrationsView",
    "OwnRegistrationMixin",
    "RegisterColleagueView",
    "RegisterView",
    "RegistrationDoneView",
    "feed",
    "region_feed",
]
