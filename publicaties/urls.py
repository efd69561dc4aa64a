from django.urls import path

from portal.caching.pages import ALL, public_page

from . import views

app_name = "publicaties"

urlpatterns = [
    path(
        "", public_page(views.PublicationArchiveView.as_view(), params=("soort",), areas=ALL), name="publication-list"
    ),
    path("<slug:slug>/", public_page(views.PublicationDetailView.as_view(), areas=ALL), name="publication-detail"),
]
