from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from portal.caching.objects import KeptObjectMixin
from portal.jsonld import json_ld

from . import structured_data
from .charts import split_figures
from .downloads import figures_csv_response, figures_json_response
from .models import Figure, Kloof, Manifest


class ManifestListView(ListView):
    template_name = "manifest/manifest_list.html"
    context_object_name = "manifests"

    def get_queryset(self):
        return Manifest.objects.published()


class ManifestDetailView(KeptObjectMixin, DetailView):
    template_name = "manifest/manifest_detail.html"
    context_object_name = "manifest"

    def get_queryset(self):
        return Manifest.objects.published().prefetch_related(
            "chapters",
            "grondrechten",
            "kantelpunten",
            Prefetch("kloven", queryset=Kloof.objects.with_key_figure()),
        )


class ManifestPlainView(KeptObjectMixin, DetailView):
    """The manifest in plain words (B1), each part linking to the passage it retells on the full page."""

    template_name = "manifest/manifest_plain.html"
    context_object_name = "manifest"

    def get_queryset(self):
        return (
            Manifest.objects.published().with_plain_words().prefetch_related("chapters", "grondrechten", "kantelpunten")
        )


class KloofListView(ListView):
    template_name = "manifest/kloof_list.html"
    context_object_name = "kloven"

    def get_queryset(self):
        return Kloof.objects.published().select_related("manifest").with_key_figure()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The link to the manifest in plain words names the kloven's manifest; iterating here fills the list's
        # own result cache, so the page asks nothing more.
        first = next(iter(context["kloven"]), None)
        context["manifest"] = first.manifest if first else None
        return context


class KloofDetailView(KeptObjectMixin, DetailView):
    template_name = "manifest/kloof_detail.html"
    context_object_name = "kloof"

    def get_queryset(self):
        # The manifest is read by the kept parts only (when they are rendered): a join less on every request.
        return Kloof.objects.published()

    # The page's parts are kept per kloof until the manifest changes ({% cache %} in the template), so
    # what they show is asked only when a part is rendered: the template reads view.figures and so on.
    @cached_property
    def figures(self):
        return list(self.object.figures.select_related("series").with_cbs_now().order_by("order", "pk"))

    @cached_property
    def charts_and_loose_figures(self):
        return split_figures(self.figures)

    def charts(self):
        return self.charts_and_loose_figures[0]

    def loose_figures(self):
        return self.charts_and_loose_figures[1]

    def key_figure(self):
        return next((figure for figure in self.figures if figure.highlighted), None)

    def chart_figures_with_now(self):
        """Figures drawn in a chart that have a confirmed CBS value (cards and the key figure say it themselves)."""
        loose = {figure.pk for figure in self.loose_figures()}
        return [f for f in self.figures if f.now_display and f.pk not in loose and not f.highlighted]

    @cached_property
    def sources(self):
        """Each source once, for the printed page (on screen each figure names its own)."""
        return sorted({figure.source_display for figure in self.figures if figure.source_display})

    def json_ld(self):
        return json_ld(structured_data.kloof_dataset(self.object, self.figures)) if self.figures else ""

    def other_kloven(self):
        return (
            Kloof.objects.published()
            .filter(manifest=self.object.manifest)
            .exclude(pk=self.object.pk)
            .only("name", "slug")
        )


class FigureDetailView(KeptObjectMixin, DetailView):
    template_name = "manifest/figure_detail.html"
    context_object_name = "figure"

    def get_queryset(self):
        # What every request needs (the title names the kloof); the page's kept part reads the rest itself.
        # A query's joins cost more to build than to run: the two more here were a fifth of a request.
        return Figure.objects.published().select_related("kloof").filter(kloof__slug=self.kwargs["slug"])

    # Kept per figure until the manifest changes ({% cache %} in the template): asked only when rendered.
    @cached_property
    def figure_with_sources(self):
        """The figure with its series and manifest (the citation names it), in one query."""
        return Figure.objects.select_related("kloof__manifest", "series").get(pk=self.object.pk)

    def charts(self):
        figure = self.figure_with_sources
        series_figures = [figure]
        if figure.series_id:
            series_figures = list(figure.series.figures.select_related("series", "kloof__manifest"))
        return split_figures(series_figures)[0]

    def json_ld(self):
        return json_ld(structured_data.figure_dataset(self.figure_with_sources))


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
