from django.urls import path

from . import views

app_name = "uitwisseling"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("provincies/<slug:slug>/", views.ProvinceView.as_view(), name="province"),
    path("antwoorden/<int:pk>/<str:token>/", views.AnswerView.as_view(), name="answer"),
    path("antwoorden/ontvangen/", views.AnswersReceivedView.as_view(), name="answers-received"),
    # Last: a topic's slug is its theme's.
    path("<slug:slug>/", views.TopicView.as_view(), name="topic"),
]
