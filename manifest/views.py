from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from alliantie.jsonld import json_ld

from . import structured_data
from .charts import split_figures
from .downloads import figures_csv_response, figures_json_response
from .models import Figure, Kloof, Manifest


class ManifestListView(ListView):
    template_name = "manifest/manifest_list.html"
    context_object_name = "manifests"

    def get_queryset(self):
        return Manifest.objects.published()


class ManifestDetailView(DetailView):
    template_name = "manifest/manifest_detail.html"
    context_object_name = "manifest"

    def get_queryset(self):
        return Manifest.objects.published().prefetch_related(
            "chapters",
            "grondrechten",
            "kantelpunten",
            Prefetch("kloven", queryset=Kloof.objects.with_key_figure()),
        )


class KloofListView(ListView):
    template_name = "manifest/kloof_list.html"
    context_object_name = "kloven"

    def get_queryset(self):
        return Kloof.objects.published().select_related("manifest").with_key_figure()


class KloofDetailView(DetailView):
    template_name = "manifest/kloof_detail.html"
    context_object_name = "kloof"

    def get_queryset(self):
        return Kloof.objects.published().select_related("manifest")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = list(self.object.figures.select_related("series").order_by("order", "pk"))
        context["figures"] = figures
        context["charts"], context["loose_figures"] = split_figures(figures)
        context["key_figure"] = next((figure for figure in figures if figure.highlighted), None)
        if figures:
            context["json_ld"] = json_ld(structured_data.kloof_dataset(self.object, figures))
        context["other_kloven"] = (
            Kloof.objects.published()
            .filter(manifest=self.object.manifest)
            .exclude(pk=self.object.pk)
            .only("name", "slug")
        )
        return context


class FigureDetailView(DetailView):
    template_name = "manifest/figure_detail.html"
    context_object_name = "figure"

    def get_queryset(self):
        return (
            Figure.objects.published()
            .select_related("kloof__manifest", "series")
            .filter(kloof__slug=self.kwargs["slug"])
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        series_figures = [self.object]
        if self.object.series_id:
            series_figures = list(self.object.series.figures.select_related("series", "kloof__manifest"))
        context["charts"], _alone = split_figures(series_figures)
        context["json_ld"] = json_ld(structured_data.figure_dataset(self.object))
        return context


def reverse_kloof_download(kloof, kind):
    return reverse(f"manifest:kloof-{kind}", kwargs={"slug": kloof.slug})


# Downloads read nothing from the query string: whatever is in it is ignored, never an error.


@require_safe
def all_figures_csv(request):
    return figures_csv_response(Figure.objects.published().for_listing(), filename="kloven-alle-cijfers.csv")


@require_safe
def all_figures_json(request):
    return figures_json_response(
        Figure.objects.published().for_listing(),
        filename="kloven-alle-cijfers.json",
        title="Alle cijfers van de kloven",
    )


@require_safe
def kloof_csv(request, slug):
    kloof = get_object_or_404(Kloof.objects.published(), slug=slug)
    return figures_csv_response(Figure.objects.filter(kloof=kloof).for_listing(), filename=f"{kloof.slug}-cijfers.csv")


@require_safe
def kloof_json(request, slug):
    kloof = get_object_or_404(Kloof.objects.published(), slug=slug)
    return figures_json_response(
        Figure.objects.filter(kloof=kloof).for_listing(), filename=f"{kloof.slug}-cijfers.json", title=kloof.name
    )
