from django.contrib import admin, messages
from django.db.models import Case, IntegerField, URLField, Value, When
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import exports, services
from .models import Cooperatie, Domain, Theme


class StatusFilter(admin.SimpleListFilter):
    """Status, with new proposals first: those need the secretariat."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Cooperatie.Status.choices

    def queryset(self, request, queryset):
        if self.value() in Cooperatie.Status.values:
            return queryset.filter(status=self.value())
        return queryset


@admin.register(Cooperatie)
class CooperatieAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "place", "province", "open_to_members", "last_verified", "preview_link"]
    list_filter = [StatusFilter, "province", "legal_form", "domains", "themes", "open_to_members"]
    search_fields = ["name", "place", "summary", "description", "submitter_email"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created", "updated", "preview_link"]
    actions = ["publish", "archive", "export_csv"]
    date_hierarchy = "created"
    fieldsets = [
        (None, {"fields": ["name", "slug", "status", "preview_link", "summary", "description"]}),
        (_("Waar en wat"), {"fields": ["place", "province", "founding_year", "legal_form", "domains", "themes"]}),
        (_("Contact"), {"fields": ["open_to_members", "website", "contact_email", "image", "image_alt"]}),
        (_("Controle"), {"fields": ["last_verified", "submitter_name", "submitter_email", "created", "updated"]}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_ordering(self, request):
        # Proposals first: they wait for the secretariat.
        status_order = Case(
            *[When(status=value, then=Value(i)) for i, value in enumerate(Cooperatie.Status.values)],
            output_field=IntegerField(),
        )
        return [status_order.asc(), "name"]

    def view_on_site(self, obj):
        return reverse("cooperaties:cooperatie-preview", args=[obj.pk])

    @admin.display(description=_("voorbeeld"))
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        return format_html('<a href="{}">{}</a>', reverse("cooperaties:cooperatie-preview", args=[obj.pk]), _("Bekijk"))

    def _set_status(self, request, queryset, status, message):
        changed = services.set_status(cooperaties=queryset, status=status)
        self.message_user(request, message(changed) % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Publiceer de gekozen coöperaties"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Cooperatie.Status.GEPUBLICEERD,
            lambda n: ngettext("%(count)d coöperatie gepubliceerd.", "%(count)d coöperaties gepubliceerd.", n),
        )

    @admin.action(description=_("Archiveer de gekozen coöperaties"), permissions=["change"])
    def archive(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Cooperatie.Status.GEARCHIVEERD,
            lambda n: ngettext("%(count)d coöperatie gearchiveerd.", "%(count)d coöperaties gearchiveerd.", n),
        )

    @admin.action(description=_("Exporteer de gekozen coöperaties als CSV"))
    def export_csv(self, request, queryset):
        return exports.csv_response(queryset.order_by("name"), "cooperaties-selectie.csv")


@admin.register(Domain, Theme)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
