"""Public and member pages of the alliantie app (over ons, netwerk, documenten, mijn account)."""

from django.urls import path
from django.views.generic import TemplateView

app_name = "alliantie"

# Placeholders until the app has its own views.
urlpatterns = [
    path("over-ons/", TemplateView.as_view(template_name="placeholder.html"), name="about"),
    path("netwerk/", TemplateView.as_view(template_name="placeholder.html"), name="network"),
    path("documenten/", TemplateView.as_view(template_name="placeholder.html"), name="document-list"),
    path("mijn-account/", TemplateView.as_view(template_name="placeholder.html"), name="account"),
]
