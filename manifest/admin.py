from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import services
from .downloads import figures_csv_response
from .models import Chapter, Figure, Grondrecht, Kantelpunt, Kloof, Manifest, Series


class FigureForm(forms.ModelForm):
    class Meta:
        model = Figure
        fields = "__all__"
        # The secretariat types Dutch numbers: 8,2 must be read as eight point two.
        localized_fields = ["value"]


class ChapterInline(admin.StackedInline):
    model = Chapter
    extra = 0


class GrondrechtInline(admin.StackedInline):
    model = Grondrecht
    extra = 0


class KantelpuntInline(admin.StackedInline):
    model = Kantelpunt
    extra = 0


@admin.register(Manifest)
class ManifestAdmin(admin.ModelAdmin):
    list_display = ["title", "place", "date", "published"]
    list_filter = ["published", "date"]
    search_fields = ["title", "subtitle", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ChapterInline, GrondrechtInline, KantelpuntInline]


class SeriesInline(admin.TabularInline):
    model = Series
    extra = 0


class FigureInline(admin.StackedInline):
    model = Figure
    form = FigureForm
    extra = 0
    fields = [
        ("label", "order", "highlighted"),
        ("qualifier", "value", "decimals", "unit"),
        ("period", "series", "group"),
        ("source", "publication"),
        "quote",
        "note",
    ]


def warn_held_back(request, held_back):
    """Tell the secretariat which texts quoted the old number and are now hidden until read again."""
    if held_back:
        names = "; ".join(str(text) for text in held_back)
        messages.warning(
            request,
            _("Deze teksten noemden het oude cijfer en staan nu niet op de site, tot u ze controleert: %s.") % names,
        )


class FigureSavingAdmin(admin.ModelAdmin):
    """Figures are saved through the service, also in the kloof's inline, so no stale caption stays visible."""

    def save_model(self, request, obj, form, change):
        if isinstance(obj, Figure):
            warn_held_back(request, services.save_figure(figure=obj))
        else:
            super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Figure:
            return super().save_formset(request, form, formset, change)
        held_back = []
        for figure in formset.save(commit=False):
            held_back += services.save_figure(figure=figure)
        for figure in formset.deleted_objects:
            figure.delete()
        warn_held_back(request, list(dict.fromkeys(held_back)))


@admin.register(Kloof)
class KloofAdmin(FigureSavingAdmin):
    list_display = ["name", "order", "manifest", "figure_count", "summary_stale"]
    list_filter = ["manifest", "summary_stale"]
    list_select_related = ["manifest"]
    search_fields = ["name", "summary", "text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SeriesInline, FigureInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_figure_count=Count("figures"))

    @admin.display(description=_("cijfers"), ordering="_figure_count")
    def figure_count(self, obj):
        return obj._figure_count


@admin.action(description=_("Gekozen cijfers downloaden als CSV"))
def export_csv(modeladmin, request, queryset):
    return figures_csv_response(queryset.for_listing(), filename="cijfers-selectie.csv")


@admin.register(Figure)
class FigureAdmin(FigureSavingAdmin):
    form = FigureForm
    list_display = ["label", "kloof", "display", "period", "group", "source", "highlighted"]
    list_filter = ["kloof", "unit", "highlighted", "source"]
    list_select_related = ["kloof", "series"]
    search_fields = ["label", "group", "period", "source", "publication", "quote"]
    actions = [export_csv]

    @admin.display(description=_("waarde"))
    def display(self, obj):
        return obj.display


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "kloof", "message_stale"]
    list_filter = ["kloof", "message_stale"]
    list_select_related = ["kloof"]
    search_fields = ["title", "message"]
