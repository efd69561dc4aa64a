from django.urls import path

from . import views

app_name = "gemeenten"

urlpatterns = [
    path("", views.MunicipalityListView.as_view(), name="index"),
    path("<slug:slug>/", views.MunicipalityDetailView.as_view(), name="detail"),
    path("<slug:slug>/tip/", views.TipView.as_view(), name="tip"),
    path("<slug:slug>/tip/dank/", views.TipThanksView.as_view(), name="tip-thanks"),
]
