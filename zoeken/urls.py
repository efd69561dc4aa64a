from django.urls import path

from portal.caching.pages import ALL, public_page

from . import views

app_name = "zoeken"

urlpatterns = [
    # Anonymous visitors only ever find public content, so a search is the same for each of them.
    path(
        "",
        public_page(views.SearchView.as_view(), params=("q", "soort"), areas=ALL, local="local_search"),
        name="search",
    ),
]
