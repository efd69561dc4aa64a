from django.urls import path

from . import checkin, views
from .votes import views as votes

app_name = "agenda"

# Fixed paths first: an event slug can never take their place (see RESERVED_SLUGS).
urlpatterns = [
    path("", views.EventListView.as_view(), name="event-list"),
    path("agenda.ics", views.feed, name="feed"),
    path("regio/<slug:region>.ics", views.region_feed, name="region-feed"),
    path("mijn-aanmeldingen/", views.MyRegistrationsView.as_view(), name="my-registrations"),
    path("mijn-aanmeldingen/<int:pk>/afmelden/", views.CancelView.as_view(), name="registration-cancel"),
    path("mijn-aanmeldingen/<int:pk>/werkgroep/", views.ChangeWorkshopView.as_view(), name="registration-workshop"),
    path("aanmelding/<int:pk>/", views.RegistrationDoneView.as_view(), name="registration-done"),
    path("mijn-aanmelding/<str:code>/", views.GuestRegistrationView.as_view(), name="guest-registration"),
    path("onze-organisatie/", views.OrganisationRegistrationsView.as_view(), name="organisation-registrations"),
    path("onze-organisatie/<int:pk>/afmelden/", views.OrganisationCancelView.as_view(), name="organisation-cancel"),
    path("stemming/<int:year>/", votes.VoteYearView.as_view(), name="vote-year"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("<slug:slug>/stemmen/", votes.VoteEntryView.as_view(), name="vote-entry"),
    path("<slug:slug>/stemmen/<str:code>/", votes.BallotView.as_view(), name="vote-ballot"),
    path("<slug:slug>/uitslag/", votes.VoteResultsView.as_view(), name="vote-results"),
    path("<slug:slug>/binnenkomst/", checkin.CheckInView.as_view(), name="checkin"),
    path("<slug:slug>/binnenkomst/aanwezig/", checkin.MarkPresentView.as_view(), name="checkin-present"),
    path("<slug:slug>/binnenkomst/nieuw/", checkin.WalkInView.as_view(), name="checkin-walk-in"),
    path("<slug:slug>/binnenkomst/ongedaan/", checkin.UndoView.as_view(), name="checkin-undo"),
    path("<slug:slug>/aanmelden/", views.RegisterView.as_view(), name="register"),
    path("<slug:slug>/aanmelden-zonder-account/", views.OpenRegisterView.as_view(), name="register-open"),
    path("<slug:slug>/agenda.ics", views.EventCalendarView.as_view(), name="event-ics"),
    path("<slug:slug>/formulier/", views.PaperFormView.as_view(), name="paper-form"),
    path("<slug:slug>/collega-aanmelden/", views.RegisterColleagueView.as_view(), name="register-colleague"),
]
