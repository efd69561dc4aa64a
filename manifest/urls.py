from django.urls import path

from . import chart_views, views

app_name = "manifest"

urlpatterns = [
    path("manifest/", views.ManifestListView.as_view(), name="manifest-list"),
    path("manifest/<slug:slug>/", views.ManifestDetailView.as_view(), name="manifest-detail"),
    path("manifest/<slug:slug>/in-gewone-woorden/", views.ManifestPlainView.as_view(), name="manifest-plain"),
    path("kloven/", views.KloofListView.as_view(), name="kloof-list"),
    path("kloven/cijfers.csv", views.all_figures_csv, name="figures-csv"),
    path("kloven/cijfers.json", views.all_figures_json, name="figures-json"),
    path("kloven/<slug:slug>/", views.KloofDetailView.as_view(), name="kloof-detail"),
    path("kloven/<slug:slug>/cijfers.csv", views.kloof_csv, name="kloof-csv"),
    path("kloven/<slug:slug>/cijfers.json", views.kloof_json, name="kloof-json"),
    path("kloven/<slug:slug>/cijfers/<int:pk>/", views.FigureDetailView.as_view(), name="figure-detail"),
    path("kloven/<slug:slug>/grafiek/<int:series>.svg", chart_views.chart_svg_view, name="chart-svg"),
    path("kloven/<slug:slug>/grafiek/<int:series>.png", chart_views.chart_png_view, name="chart-png"),
    path(
        "kloven/<slug:slug>/grafiek/<int:series>/insluiten/", chart_views.ChartEmbedView.as_view(), name="chart-embed"
    ),
]
