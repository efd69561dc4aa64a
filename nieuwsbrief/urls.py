from django.urls import path
from django.views.generic import TemplateView

from portal.caching.pages import public_page

from . import views

app_name = "nieuwsbrief"

urlpatterns = [
    path("", public_page(views.EditionListView.as_view(), params=("page",)), name="archive"),
    path("<int:number>/", public_page(views.EditionDetailView.as_view()), name="edition-detail"),
    path("aanmelden/", views.SubscribeView.as_view(), name="subscribe"),
    path(
        "aanmelden/verstuurd/",
        public_page(TemplateView.as_view(template_name="nieuwsbrief/subscribe_done.html"), areas=()),
        name="subscribe-done",
    ),
    path("bevestigen/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("bevestigd/", TemplateView.as_view(template_name="nieuwsbrief/confirm_done.html"), name="confirm-done"),
    path("afmelden/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("afmelden/<str:token>/een-klik/", views.OneClickUnsubscribeView.as_view(), name="one-click-unsubscribe"),
    path("afgemeld/", TemplateView.as_view(template_name="nieuwsbrief/unsubscribe_done.html"), name="unsubscribe-done"),
    path("mijn-abonnement/", views.MySubscriptionView.as_view(), name="my-subscription"),
]
