from django.urls import path

from portal.caching.pages import public_page

from . import message_views, profile_views, views

app_name = "cooperaties"

urlpatterns = [
    path(
        "",
        public_page(
            views.CooperatieListView.as_view(),
            params=("q", "province", "domain", "theme", "legal_form", "open", "page"),
        ),
        name="cooperatie-list",
    ),
    path("provincies/", public_page(views.ProvinceOverviewView.as_view()), name="province-overview"),
    path("export.csv", public_page(views.export_csv), name="export-csv"),
    path("export.json", public_page(views.export_json), name="export-json"),
    path("export-essglobal.csv", public_page(views.export_essglobal), name="export-essglobal"),
    # Stable: the number never changes, even when the name (and so the slug) does.
    path("murmurations/<int:pk>.json", public_page(views.murmurations_profile), name="murmurations-profile"),
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
    path("<slug:slug>/bericht/verstuurd/", public_page(message_views.MessageSentView.as_view()), name="message-sent"),
    # Last: a slug matches almost anything.
    path("<slug:slug>/", public_page(views.CooperatieDetailView.as_view()), name="cooperatie-detail"),
]
