"""URLs of the network app: over ons, netwerk, documenten, mijn account."""

from django.urls import path

from alliantie import views
from portal.caching.pages import public_page

app_name = "alliantie"

urlpatterns = [
    path("over-ons/", public_page(views.AboutView.as_view()), name="about"),
    path("netwerk/", public_page(views.NetworkView.as_view(), params=("sector",)), name="network"),
    path(
        "documenten/",
        public_page(views.DocumentListView.as_view(), params=("kind", "year", "page")),
        name="document-list",
    ),
    path("documenten/<slug:slug>/", public_page(views.DocumentDetailView.as_view()), name="document-detail"),
    path("documenten/<slug:slug>/bestand/", views.DocumentDownloadView.as_view(), name="document-download"),
    path("mijn-account/", views.AccountView.as_view(), name="account"),
    path("mijn-account/gegevens/", views.ProfileView.as_view(), name="profile"),
    path("mijn-account/organisatie/", views.MembershipRequestView.as_view(), name="membership-request"),
    path("mijn-account/mijn-gegevens/", views.MyDataView.as_view(), name="my-data"),
    path("onze-organisatie/", views.OurOrganisationView.as_view(), name="our-organisation"),
    path("mijn-account/verwijderen/", views.DeleteAccountView.as_view(), name="delete-account"),
]
