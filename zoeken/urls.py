from django.urls import path

from . import views

app_name = "zoeken"

urlpatterns = [
    path("", views.SearchView.as_view(), name="search"),
]
