from django.urls import path

from portal.caching.pages import public_page

from . import views

app_name = "uitwisseling"

urlpatterns = [
    path("", public_page(views.IndexView.as_view()), name="index"),
    path(
        "provincies/<slug:slug>/",
        public_page(views.ProvinceView.as_view(), areas=("cooperaties", "agenda")),
        name="province",
    ),
    path("antwoorden/<int:pk>/<str:token>/", views.AnswerView.as_view(), name="answer"),
    path("antwoorden/ontvangen/", views.AnswersReceivedView.as_view(), name="answers-received"),
    # Last: a topic's slug is its theme's.
    path("<slug:slug>/", public_page(views.TopicView.as_view()), name="topic"),
]
