from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES, uses_word
from portal.optimistic import VersionedAdminMixin, VersionedInlineMixin

from . import services
from .cbs_admin import CbsLinkAdmin, CbsObservationAdmin  # noqa: F401
from .downloads import figures_csv_response
from .models import (
    COUNT_UNITS,
    NEGATIVE_COUNT,
    PERCENTAGE_OUT_OF_RANGE,
    Chapter,
    Figure,
    Grondrecht,
    Kantelpunt,
    Kloof,
    Manifest,
    Series,
)


class FigureForm(forms.ModelForm):
    class Meta:
        model = Figure
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "value" in self.fields:
            # "1,7 miljoen" is how sources write large counts; whether that fits the unit is checked in clean().
            self.fields["value"].allow_words = True

    def clean(self):
        cleaned_data = super().clean()
        value, unit = cleaned_data.get("value"), cleaned_data.get("unit")
        if value is None or "value" not in self.fields:
            return cleaned_data
        counts = unit in COUNT_UNITS
        if uses_word(self["value"].data) and not counts:
            self.add_error(
                "value",
                _(
                    "Een woord als miljoen past alleen bij een aantal, zoals personen of huishoudens. "
                    "Typ hier het getal zelf, bijvoorbeeld 1.700.000."
                ),
            )
        elif cleaned_data.get("is_change"):
            pass
        elif value < 0 and counts:
            self.add_error("value", NEGATIVE_COUNT)
        elif unit == Figure.Unit.PROCENT and not 0 <= value <= 100:
            self.add_error("value", PERCENTAGE_OUT_OF_RANGE)
        return cleaned_data


class ChapterInline(admin.StackedInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Chapter
    extra = 0


class GrondrechtInline(admin.StackedInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Grondrecht
    extra = 0


class KantelpuntInline(admin.StackedInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Kantelpunt
    extra = 0


@admin.register(Manifest)
class ManifestAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["title", "place", "date", "published"]
    list_filter = ["published", "date"]
    search_fields = ["title", "subtitle", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ChapterInline, GrondrechtInline, KantelpuntInline]


class SeriesInline(VersionedInlineMixin, admin.TabularInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Series
    extra = 0


class FigureInline(VersionedInlineMixin, admin.StackedInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Figure
    form = FigureForm
    extra = 0
    fields = [
        ("label", "order", "highlighted"),
        ("qualifier", "value", "decimals", "unit", "is_change"),
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

    formfield_overrides = DUTCH_NUMBER_OVERRIDES

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
class KloofAdmin(VersionedAdminMixin, FigureSavingAdmin):
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
class FigureAdmin(VersionedAdminMixin, FigureSavingAdmin):
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
class SeriesAdmin(VersionedAdminMixin, admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["title", "kloof", "message_stale"]
    list_filter = ["kloof", "message_stale"]
    list_select_related = ["kloof"]
    search_fields = ["title", "message"]
