from django.urls import path

from portal.caching.pages import public_page

from . import views

app_name = "verhalen"

urlpatterns = [
    # A story shows the kloof it belongs to (manifest).
    path(
        "",
        public_page(views.StoryListView.as_view(), params=("page",), areas=("publicaties", "manifest")),
        name="story-list",
    ),
    path("delen/", views.ShareStoryView.as_view(), name="story-share"),
    path("bedankt/", views.ThanksView.as_view(), name="story-thanks"),
    path("weghalen/<str:token>/", views.RemoveStoryView.as_view(), name="story-remove"),
    path(
        "<int:pk>/",
        public_page(views.StoryDetailView.as_view(), areas=("publicaties", "manifest")),
        name="story-detail",
    ),
    path("voorbeeld/<int:pk>/", views.StoryPreviewView.as_view(), name="story-preview"),
]
