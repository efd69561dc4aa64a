"""The secretariat's side of 'then and now': link a figure to CBS, fetch, and check what came back."""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report

from . import cbs_services
from .models import CbsLink, CbsObservation


@admin.register(CbsLink)
class CbsLinkAdmin(admin.ModelAdmin):
    list_display = ["figure", "table_id", "measure", "last_attempt_at", "outcome"]
    list_select_related = ["figure", "figure__kloof"]
    search_fields = ["figure__label", "table_id", "measure"]
    autocomplete_fields = ["figure"]
    readonly_fields = ["statline_link", "last_attempt_at", "last_error"]
    fields = [
        "figure",
        "table_id",
        "filters",
        "measure",
        "period_dimension",
        "statline_link",
        "last_attempt_at",
        "last_error",
    ]
    actions = ["fetch"]

    @admin.display(description=_("laatste keer"))
    def outcome(self, obj):
        if obj.last_attempt_at is None:
            return _("nog niet opgehaald")
        return obj.last_error or _("gelukt")

    @admin.display(description=_("tabel op StatLine"))
    def statline_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.statline_url, obj.table_id) if obj.table_id else "–"

    @admin.action(description=_("Haal het nieuwste cijfer op"), permissions=["change"])
    def fetch(self, request, queryset):
        fetched, failed = 0, []
        for link in queryset.select_related("figure"):
            if cbs_services.fetch_newest(link=link):
                fetched += 1
            else:
                failed.append(f"{link.figure.label}: {link.last_error}")
        if fetched:
            report(
                self,
                request,
                ngettext_lazy(
                    "%(count)d cijfer opgehaald. Controleer het bij ‘Cijfers van CBS’ voordat het op de site komt.",
                    "%(count)d cijfers opgehaald. Controleer ze bij ‘Cijfers van CBS’ voordat ze op de site komen.",
                    "count",
                ),
                fetched,
            )
        for problem in failed:
            self.message_user(request, problem, messages.ERROR)


@admin.register(CbsObservation)
class CbsObservationAdmin(admin.ModelAdmin):
    list_display = ["figure_label", "manifest_value", "display", "period", "status", "retrieved_at"]
    list_filter = ["status", "link__figure__kloof"]
    list_select_related = ["link__figure", "link__figure__kloof"]
    search_fields = ["link__figure__label", "link__table_id", "period"]
    readonly_fields = [
        "link",
        "manifest_value",
        "display",
        "period",
        "period_key",
        "value",
        "cbs_unit",
        "table_title",
        "licence",
        "retrieved_at",
        "status",
        "decided_by",
        "decided_at",
    ]
    fields = readonly_fields
    actions = ["confirm", "reject"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("cijfer"), ordering="link__figure__label")
    def figure_label(self, obj):
        return obj.link.figure.label

    @admin.display(description=_("in het manifest"))
    def manifest_value(self, obj):
        figure = obj.link.figure
        return f"{figure.display} ({figure.period})" if figure.period else figure.display

    @admin.display(description=_("nu bij CBS"))
    def display(self, obj):
        return obj.display

    @admin.action(description=_("Bevestig: zet het cijfer op de site"), permissions=["change"])
    def confirm(self, request, queryset):
        changed = cbs_services.decide(observations=queryset, status=CbsObservation.Status.BEVESTIGD, user=request.user)
        report(
            self,
            request,
            ngettext_lazy("%(count)d cijfer staat nu op de site.", "%(count)d cijfers staan nu op de site.", "count"),
            changed,
        )

    @admin.action(description=_("Wijs af: niet op de site"), permissions=["change"])
    def reject(self, request, queryset):
        changed = cbs_services.decide(observations=queryset, status=CbsObservation.Status.AFGEWEZEN, user=request.user)
        report(
            self,
            request,
            ngettext_lazy("%(count)d cijfer afgewezen.", "%(count)d cijfers afgewezen.", "count"),
            changed,
        )
