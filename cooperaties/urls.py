from django.urls import path

from . import views

app_name = "cooperaties"

urlpatterns = [
    path("", views.CooperatieListView.as_view(), name="cooperatie-list"),
    path("provincies/", views.ProvinceOverviewView.as_view(), name="province-overview"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.json", views.export_json, name="export-json"),
    path("aanmelden/", views.ProposalView.as_view(), name="proposal"),
    path("aanmelden/bedankt/", views.ProposalThanksView.as_view(), name="proposal-thanks"),
    path("voorbeeld/<int:pk>/", views.CooperatiePreviewView.as_view(), name="cooperatie-preview"),
    # Last: a slug matches almost anything.
    path("<slug:slug>/", views.CooperatieDetailView.as_view(), name="cooperatie-detail"),
]
