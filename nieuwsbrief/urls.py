from django.urls import path
from django.views.generic import TemplateView

from . import views

app_name = "nieuwsbrief"

urlpatterns = [
    path("", views.EditionListView.as_view(), name="archive"),
    path("<int:number>/", views.EditionDetailView.as_view(), name="edition-detail"),
    path("aanmelden/", views.SubscribeView.as_view(), name="subscribe"),
    path(
        "aanmelden/verstuurd/",
        TemplateView.as_view(template_name="nieuwsbrief/subscribe_done.html"),
        name="subscribe-done",
    ),
    path("bevestigen/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("bevestigd/", TemplateView.as_view(template_name="nieuwsbrief/confirm_done.html"), name="confirm-done"),
    path("afmelden/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("afmelden/<str:token>/een-klik/", views.OneClickUnsubscribeView.as_view(), name="one-click-unsubscribe"),
    path("afgemeld/", TemplateView.as_view(template_name="nieuwsbrief/unsubscribe_done.html"), name="unsubscribe-done"),
    path("mijn-abonnement/", views.MySubscriptionView.as_view(), name="my-subscription"),
]
