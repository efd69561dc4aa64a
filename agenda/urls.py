from django.urls import path
from django.views.generic import TemplateView

app_name = "agenda"

# Placeholders until the app has its own views.
urlpatterns = [
    path("", TemplateView.as_view(template_name="placeholder.html"), name="event-list"),
]
