"""The secretariat's side of keeping the directory current: change requests shown as before/after and
approved through the services, visitors' corrections, and the municipalities (read only)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import changelist_url, report

from . import services
from .models import ChangeRequest, Cooperatie, CorrectionReport, Municipality


def _display(cooperatie_field, value):
    """A value as the secretariat reads it: labels for choices, Ja/Nee, a dash for empty."""
    if value in (None, ""):
        return "–"
    if cooperatie_field.choices:
        return dict(cooperatie_field.flatchoices).get(value, value)
    if isinstance(value, bool):
        return _("Ja") if value else _("Nee")
    return value


def comparison_rows(change_request):
    """(label, now, proposed) per field the request changes."""
    cooperatie = change_request.cooperatie
    rows = []
    for field_name in services.EDITABLE_FIELDS:
        if field_name not in change_request.data:
            continue
        field = Cooperatie._meta.get_field(field_name)
        rows.append(
            (
                field.verbose_name.capitalize(),
                _display(field, getattr(cooperatie, field_name)),
                _display(field, change_request.data[field_name]),
            )
        )
    return rows


@admin.register(ChangeRequest)
class ChangeRequestAdmin(admin.ModelAdmin):
    list_display = ["cooperatie", "kind", "status", "created", "changed_fields"]
    list_filter = ["status", "kind"]
    search_fields = ["cooperatie__name"]
    list_select_related = ["cooperatie"]
    readonly_fields = ["cooperatie", "kind", "status", "note", "comparison", "created", "decided_at"]
    fields = readonly_fields
    actions = ["approve", "reject"]
    change_form_template = "admin/cooperaties/changerequest/change_form.html"

    def has_add_permission(self, request):
        # Requests come from the coöperaties' own links, never typed in.
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return super().change_view(
            request, object_id, form_url, {"title": _("Voorstel bekijken en beslissen"), **(extra_context or {})}
        )

    @admin.display(description=_("velden"))
    def changed_fields(self, obj):
        if obj.kind == ChangeRequest.Kind.OPHEFFEN:
            return _("pagina van de website halen")
        return ", ".join(str(Cooperatie._meta.get_field(name).verbose_name) for name in obj.data)

    @admin.display(description=_("voor en na"))
    def comparison(self, obj):
        if obj.kind == ChangeRequest.Kind.OPHEFFEN:
            return _("De coöperatie laat weten dat zij niet meer bestaat. Goedkeuren haalt de pagina van de website.")
        rows = comparison_rows(obj)
        if not rows:
            return _("Geen wijzigingen in de gegevens.")
        return format_html(
            '<table class="comparison"><thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
            '<th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>',
            _("Gegeven"),
            _("Nu op de website"),
            _("Voorgesteld"),
            format_html_join("", "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td></tr>", rows),
        )

    def get_urls(self):
        decide = self.admin_site.admin_view(self.decide_view)
        return [
            path("<int:pk>/goedkeuren/", decide, {"approve": True}, name="cooperaties_changerequest_approve"),
            path("<int:pk>/afwijzen/", decide, {"approve": False}, name="cooperaties_changerequest_reject"),
            *super().get_urls(),
        ]

    def decide_view(self, request, pk, approve):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        change_request = get_object_or_404(ChangeRequest, pk=pk)
        if not self.has_change_permission(request, change_request):
            raise PermissionDenied
        if approve:
            done = services.approve_change(change_request=change_request)
            message = _("Goedgekeurd: de pagina van %(name)s is bijgewerkt.")
        else:
            done = services.reject_change(change_request=change_request)
            message = _("Afgewezen: de pagina van %(name)s blijft zoals zij was.")
        if done:
            self.message_user(request, message % {"name": change_request.cooperatie.name}, messages.SUCCESS)
        else:
            self.message_user(request, _("Hierover was al besloten; er is niets veranderd."), messages.WARNING)
        return HttpResponseRedirect(changelist_url(ChangeRequest))

    @admin.action(description=_("Keur de gekozen wijzigingen goed"), permissions=["change"])
    def approve(self, request, queryset):
        done = sum(services.approve_change(change_request=change_request) for change_request in queryset)
        report(
            self,
            request,
            ngettext_lazy("%(count)d wijziging goedgekeurd.", "%(count)d wijzigingen goedgekeurd.", "count"),
            done,
        )

    @admin.action(description=_("Wijs de gekozen wijzigingen af"), permissions=["change"])
    def reject(self, request, queryset):
        done = sum(services.reject_change(change_request=change_request) for change_request in queryset)
        report(
            self,
            request,
            ngettext_lazy("%(count)d wijziging afgewezen.", "%(count)d wijzigingen afgewezen.", "count"),
            done,
        )


@admin.register(CorrectionReport)
class CorrectionReportAdmin(admin.ModelAdmin):
    list_display = ["cooperatie", "short_message", "handled", "created"]
    list_filter = ["handled"]
    list_editable = ["handled"]
    search_fields = ["cooperatie__name", "message"]
    list_select_related = ["cooperatie"]
    readonly_fields = ["cooperatie", "message", "contact", "created"]
    fields = ["cooperatie", "message", "contact", "created", "handled"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("melding"))
    def short_message(self, obj):
        return obj.message if len(obj.message) <= 80 else obj.message[:79] + "…"


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    """CBS's list, loaded from the data file: looked at, never edited by hand."""

    list_display = ["name", "code", "province", "year"]
    list_filter = ["province", "year"]
    search_fields = ["name", "code"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
