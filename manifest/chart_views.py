"""A chart to take along: as SVG, as PNG, and as a page other sites may show in a frame (the only pages that
may be framed; everything else keeps frame-ancestors 'none')."""

from csp.decorators import csp_replace
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import TemplateView

from .chart_images import chart_png, chart_svg
from .charts import split_figures
from .models import Kloof


def kloof_and_chart(slug, series):
    kloof = get_object_or_404(Kloof.objects.published(), slug=slug)
    charts, _alone = split_figures(list(kloof.figures.filter(series_id=series).select_related("series")))
    if not charts:
        raise Http404
    return kloof, charts[0]


def _download(content, content_type, kloof, chart, extension):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{kloof.slug}-{slugify(chart.title)}.{extension}"'
    response["Link"] = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    return response


def chart_svg_view(request, slug, series):
    kloof, chart = kloof_and_chart(slug, series)
    return _download(chart_svg(chart, kloof), "image/svg+xml; charset=utf-8", kloof, chart, "svg")


def chart_png_view(request, slug, series):
    kloof, chart = kloof_and_chart(slug, series)
    return _download(chart_png(chart, kloof), "image/png", kloof, chart, "png")


@method_decorator(xframe_options_exempt, name="dispatch")
@method_decorator(csp_replace({"frame-ancestors": ["*"]}), name="dispatch")
class ChartEmbedView(TemplateView):
    """Just the chart, its table and its source, for a member organisation's website (an <iframe>)."""

    template_name = "manifest/chart_embed.html"

    def get_context_data(self, **kwargs):
        kloof, chart = kloof_and_chart(kwargs["slug"], kwargs["series"])
        return super().get_context_data(kloof=kloof, chart=chart, **kwargs)
