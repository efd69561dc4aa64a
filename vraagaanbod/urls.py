from django.urls import path

from portal.caching.pages import public_page

from . import feeds, views

app_name = "vraagaanbod"

urlpatterns = [
    path(
        "",
        public_page(views.PostingListView.as_view(), params=("soort", "onderwerp", "provincie", "page")),
        name="posting-list",
    ),
    path("feed/", public_page(feeds.PostingFeed()), name="feed"),
    path("onderwerp/<slug:slug>/feed/", public_page(feeds.ThemeFeed()), name="theme-feed"),
    path("provincie/<slug:province>/feed/", public_page(feeds.ProvinceFeed()), name="province-feed"),
    path("<int:pk>/", public_page(views.PostingDetailView.as_view()), name="posting-detail"),
    # Stable: the number never changes.
    path("murmurations/<int:pk>.json", public_page(views.murmurations_profile), name="murmurations-profile"),
    path("plaatsen/<int:pk>/<str:token>/", views.PostingCreateView.as_view(), name="posting-create"),
    path("ontvangen/", views.PostingReceivedView.as_view(), name="posting-received"),
]
