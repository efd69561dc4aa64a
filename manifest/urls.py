from django.urls import path
from django.views.generic import TemplateView

app_name = "manifest"

# Placeholders until the app has its own views.
urlpatterns = [
    path("manifest/", TemplateView.as_view(template_name="placeholder.html"), name="manifest-list"),
    path("kloven/", TemplateView.as_view(template_name="placeholder.html"), name="kloof-list"),
]
