from django.urls import path

from . import views

app_name = "verhalen"

urlpatterns = [
    path("", views.StoryListView.as_view(), name="story-list"),
    path("delen/", views.ShareStoryView.as_view(), name="story-share"),
    path("bedankt/", views.ThanksView.as_view(), name="story-thanks"),
    path("weghalen/<str:token>/", views.RemoveStoryView.as_view(), name="story-remove"),
    path("<int:pk>/", views.StoryDetailView.as_view(), name="story-detail"),
    path("voorbeeld/<int:pk>/", views.StoryPreviewView.as_view(), name="story-preview"),
]
