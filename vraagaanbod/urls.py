from django.urls import path

from . import feeds, views

app_name = "vraagaanbod"

urlpatterns = [
    path("", views.PostingListView.as_view(), name="posting-list"),
    path("feed/", feeds.PostingFeed(), name="feed"),
    path("onderwerp/<slug:slug>/feed/", feeds.ThemeFeed(), name="theme-feed"),
    path("provincie/<slug:province>/feed/", feeds.ProvinceFeed(), name="province-feed"),
    path("<int:pk>/", views.PostingDetailView.as_view(), name="posting-detail"),
    # Stable: the number never changes.
    path("murmurations/<int:pk>.json", views.murmurations_profile, name="murmurations-profile"),
    path("plaatsen/<int:pk>/<str:token>/", views.PostingCreateView.as_view(), name="posting-create"),
    path("ontvangen/", views.PostingReceivedView.as_view(), name="posting-received"),
]
