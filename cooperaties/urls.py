from django.urls import path

from . import message_views, profile_views, views

app_name = "cooperaties"

urlpatterns = [
    path("", views.CooperatieListView.as_view(), name="cooperatie-list"),
    path("provincies/", views.ProvinceOverviewView.as_view(), name="province-overview"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.json", views.export_json, name="export-json"),
    path("export-essglobal.csv", views.export_essglobal, name="export-essglobal"),
    # Stable: the number never changes, even when the name (and so the slug) does.
    path("murmurations/<int:pk>.json", views.murmurations_profile, name="murmurations-profile"),
    path("profiel/<int:pk>/bewerken/<str:token>/", profile_views.ProfileEditView.as_view(), name="profile-edit"),
    path("profiel/<int:pk>/klopt-nog/<str:token>/", profile_views.ProfileConfirmView.as_view(), name="profile-confirm"),
    path(
        "profiel/<int:pk>/bestaat-niet-meer/<str:token>/",
        profile_views.ProfileCloseView.as_view(),
        name="profile-close",
    ),
    path("profiel/ontvangen/", profile_views.ProfileReceivedView.as_view(), name="profile-received"),
    path("aanmelden/", views.ProposalView.as_view(), name="proposal"),
    path("aanmelden/bedankt/", views.ProposalThanksView.as_view(), name="proposal-thanks"),
    path("voorbeeld/<int:pk>/", views.CooperatiePreviewView.as_view(), name="cooperatie-preview"),
    path("<slug:slug>/melden/", profile_views.CorrectionReportView.as_view(), name="report"),
    path("<slug:slug>/melden/bedankt/", profile_views.CorrectionThanksView.as_view(), name="report-thanks"),
    path("<slug:slug>/bericht/", message_views.MessageView.as_view(), name="message"),
    path("<slug:slug>/bericht/verstuurd/", message_views.MessageSentView.as_view(), name="message-sent"),
    # Last: a slug matches almost anything.
    path("<slug:slug>/", views.CooperatieDetailView.as_view(), name="cooperatie-detail"),
]
