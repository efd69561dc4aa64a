"""Public and member pages of the alliantie app (over ons, netwerk, documenten, mijn account)."""

from django.urls import path

from . import views_account, views_public

app_name = "alliantie"

urlpatterns = [
    path("over-ons/", views_public.AboutView.as_view(), name="about"),
    path("netwerk/", views_public.NetworkView.as_view(), name="network"),
    path("documenten/", views_public.DocumentListView.as_view(), name="document-list"),
    path("documenten/<slug:slug>/", views_public.DocumentDetailView.as_view(), name="document-detail"),
    path("documenten/<slug:slug>/bestand/", views_public.DocumentDownloadView.as_view(), name="document-download"),
    path("mijn-account/", views_account.AccountView.as_view(), name="account"),
    path("mijn-account/gegevens/", views_account.ProfileView.as_view(), name="profile"),
    path("mijn-account/organisatie/", views_account.MembershipRequestView.as_view(), name="membership-request"),
]
