from django.urls import path

from portal.caching.pages import public_page

from . import checkin, views
from .votes import views as votes

app_name = "agenda"

# Fixed paths first: an event slug can never take their place (see RESERVED_SLUGS).
urlpatterns = [
    path("", public_page(views.EventListView.as_view(), params=("kind", "region")), name="event-list"),
    path("agenda.ics", public_page(views.feed), name="feed"),
    path("regio/<slug:region>.ics", public_page(views.region_feed), name="region-feed"),
    path("mijn-aanmeldingen/", views.MyRegistrationsView.as_view(), name="my-registrations"),
    path("mijn-aanmeldingen/<int:pk>/afmelden/", views.CancelView.as_view(), name="registration-cancel"),
    path("mijn-aanmeldingen/<int:pk>/werkgroep/", views.ChangeWorkshopView.as_view(), name="registration-workshop"),
    path("aanmelding/<int:pk>/", views.RegistrationDoneView.as_view(), name="registration-done"),
    path("mijn-aanmelding/<str:code>/", views.GuestRegistrationView.as_view(), name="guest-registration"),
    path("onze-organisatie/", views.OrganisationRegistrationsView.as_view(), name="organisation-registrations"),
    path("onze-organisatie/<int:pk>/afmelden/", views.OrganisationCancelView.as_view(), name="organisation-cancel"),
    # Vote results are public only once the secretariat published them; before that an anonymous visitor gets
    # a 404, which is never kept.
    path("stemming/<int:year>/", public_page(votes.VoteYearView.as_view()), name="vote-year"),
    path("<slug:slug>/", public_page(views.EventDetailView.as_view()), name="event-detail"),
    path("<slug:slug>/stemmen/", votes.VoteEntryView.as_view(), name="vote-entry"),
    path("<slug:slug>/stemmen/<str:code>/", votes.BallotView.as_view(), name="vote-ballot"),
    path("<slug:slug>/uitslag/", public_page(votes.VoteResultsView.as_view()), name="vote-results"),
    path("<slug:slug>/binnenkomst/", checkin.CheckInView.as_view(), name="checkin"),
    path("<slug:slug>/binnenkomst/aanwezig/", checkin.MarkPresentView.as_view(), name="checkin-present"),
    path("<slug:slug>/binnenkomst/nieuw/", checkin.WalkInView.as_view(), name="checkin-walk-in"),
    path("<slug:slug>/binnenkomst/ongedaan/", checkin.UndoView.as_view(), name="checkin-undo"),
    path("<slug:slug>/aanmelden/", views.RegisterView.as_view(), name="register"),
    path("<slug:slug>/aanmelden-zonder-account/", views.OpenRegisterView.as_view(), name="register-open"),
    path("<slug:slug>/agenda.ics", public_page(views.EventCalendarView.as_view()), name="event-ics"),
    path("<slug:slug>/formulier/", public_page(views.PaperFormView.as_view()), name="paper-form"),
    path("<slug:slug>/collega-aanmelden/", views.RegisterColleagueView.as_view(), name="register-colleague"),
]
