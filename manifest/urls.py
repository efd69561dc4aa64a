from functools import partial

from django.urls import path

from portal.caching.pages import public_page

from . import chart_views, views

app_name = "manifest"
# Kept for anonymous visitors until the manifest or the stories change (a kloof page shows its stories).
public = partial(public_page, areas=("manifest", "publicaties"))

urlpatterns = [
    path("manifest/", public(views.ManifestListView.as_view()), name="manifest-list"),
    path("manifest/<slug:slug>/", public(views.ManifestDetailView.as_view()), name="manifest-detail"),
    path("manifest/<slug:slug>/in-gewone-woorden/", public(views.ManifestPlainView.as_view()), name="manifest-plain"),
    path("kloven/", public(views.KloofListView.as_view()), name="kloof-list"),
    path("kloven/cijfers.csv", public(views.all_figures_csv), name="figures-csv"),
    path("kloven/cijfers.json", public(views.all_figures_json), name="figures-json"),
    path("kloven/<slug:slug>/", public(views.KloofDetailView.as_view()), name="kloof-detail"),
    path("kloven/<slug:slug>/cijfers.csv", public(views.kloof_csv), name="kloof-csv"),
    path("kloven/<slug:slug>/cijfers.json", public(views.kloof_json), name="kloof-json"),
    path("kloven/<slug:slug>/cijfers/<int:pk>/", public(views.FigureDetailView.as_view()), name="figure-detail"),
    path("kloven/<slug:slug>/grafiek/<int:series>.svg", public(chart_views.chart_svg_view), name="chart-svg"),
    path("kloven/<slug:slug>/grafiek/<int:series>.png", public(chart_views.chart_png_view), name="chart-png"),
    # Not kept: the embed page sends a frame policy of its own.
    path(
        "kloven/<slug:slug>/grafiek/<int:series>/insluiten/", chart_views.ChartEmbedView.as_view(), name="chart-embed"
    ),
]
