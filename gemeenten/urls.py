from django.urls import path

from portal.caching.pages import public_page

from . import views

app_name = "gemeenten"

urlpatterns = [
    path("", public_page(views.MunicipalityListView.as_view()), name="index"),
    # Coöperaties, tips and postings (cooperaties), events (agenda), stories (publicaties).
    path(
        "<slug:slug>/",
        public_page(views.MunicipalityDetailView.as_view(), areas=("cooperaties", "agenda", "publicaties")),
        name="detail",
    ),
    path("<slug:slug>/tip/", views.TipView.as_view(), name="tip"),
    path("<slug:slug>/tip/dank/", public_page(views.TipThanksView.as_view()), name="tip-thanks"),
]
