from django.urls import path

from . import views

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
    path("onze-organisatie/", views.OrganisationRegistrationsView.as_view(), name="organisation-registrations"),
    path("onze-organisatie/<int:pk>/afmelden/", views.OrganisationCancelView.as_view(), name="organisation-cancel"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("<slug:slug>/aanmelden/", views.RegisterView.as_view(), name="register"),
    path("<slug:slug>/agenda.ics", views.EventCalendarView.as_view(), name="event-ics"),
    path("<slug:slug>/collega-aanmelden/", views.RegisterColleagueView.as_view(), name="register-colleague"),
]
