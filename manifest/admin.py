from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

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


@admin.register(Kloof)
class KloofAdmin(admin.ModelAdmin):
    list_display = ["name", "order", "manifest", "figure_count"]
    list_filter = ["manifest"]
    list_select_related = ["manifest"]
    search_fields = ["name", "summary", "text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SeriesInline, FigureInline]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(_figure_count=Count("figures"))

    @admin.display(description=_("cijfers"), ordering="_figure_count")
    def figure_count(self, obj):
        return obj._figure_count


@admin.action(description=_("Gekozen cijfers downloaden als CSV"))
def export_csv(modeladmin, request, queryset):
    return figures_csv_response(queryset.for_listing(), filename="cijfers-selectie.csv")


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
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
    list_display = ["title", "kloof"]
    list_filter = ["kloof"]
    list_select_related = ["kloof"]
    search_fields = ["title", "message"]
