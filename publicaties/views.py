from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from agenda.models import Event
from cooperaties.models import Cooperatie
from manifest.models import Grondrecht, Kloof, Manifest
from portal.caching.objects import KeptObjectMixin
from portal.jsonld import json_ld

from .models import Publication
from .structured_data import article


class PublicationArchiveView(ListView):
    """All published publications by year, newest first; ``?soort=`` shows one kind."""

    template_name = "publicaties/publication_list.html"
    context_object_name = "publications"

    def kind(self):
        kind = self.request.GET.get("soort", "")
        return kind if kind in Publication.Kind.values else ""

    def get_queryset(self):
        queryset = Publication.objects.published().in_archive_order()
        if kind := self.kind():
            queryset = queryset.filter(kind=kind)
        return queryset.only("title", "subtitle", "slug", "kind", "authors", "date", "date_text", "year", "summary")

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=Publication.Kind.choices, current_kind=self.kind(), **kwargs)


class PublicationDetailView(KeptObjectMixin, DetailView):
    template_name = "publicaties/publication_detail.html"
    context_object_name = "publication"

    def get_queryset(self):
        # What a publication links to is shown only where that app shows it to the public.
        return Publication.objects.published().prefetch_related(
            Prefetch("kloven", queryset=Kloof.objects.published().only("name", "slug")),
            Prefetch(
                "grondrechten",
                queryset=Grondrecht.objects.filter(manifest__in=Manifest.objects.published()).select_related(
                    "manifest"
                ),
            ),
            Prefetch("cooperaties", queryset=Cooperatie.objects.published().only("name", "slug")),
            Prefetch("events", queryset=Event.objects.public().only("title", "slug", "date", "year")),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(json_ld=json_ld(article(self.object)), **kwargs)
