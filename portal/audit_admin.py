"""The audit trail in the admin, for a secretary: Dutch headings, times to the minute, changes as sentences."""

from auditlog.admin import LogEntryAdmin
from auditlog.models import LogEntry
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html_join

ACTIONS = {
    LogEntry.Action.CREATE: "Toegevoegd",
    LogEntry.Action.UPDATE: "Gewijzigd",
    LogEntry.Action.DELETE: "Verwijderd of gewist",
    LogEntry.Action.ACCESS: "Ingezien of gedownload",
}
EMPTY = "(leeg)"
YES_NO = {"True": "ja", "False": "nee"}


def _shown(value):
    value = "" if value in (None, "None") else str(value)
    # auditlog writes an empty reverse relation as "app.Model.None": it says nothing to a reader.
    if value.endswith(".None"):
        value = ""
    return YES_NO.get(value, value) or EMPTY


def readable_changes(entry):
    """[(field's Dutch name, old, new)] of an entry; a model that no longer exists keeps its field names."""
    try:
        changes = entry.changes_display_dict
    except Exception:  # noqa: BLE001 -- an entry about a removed model or field must still show what it can
        changes = entry.changes_dict
    lines = [(str(name), _shown(values[0]), _shown(values[1])) for name, values in changes.items() if len(values) >= 2]
    return [line for line in lines if line[1] != line[2]]


class ActionFilter(admin.SimpleListFilter):
    title = "wat"
    parameter_name = "wat"

    def lookups(self, request, model_admin):
        return [(str(value), label) for value, label in ACTIONS.items()]

    def queryset(self, request, queryset):
        return queryset.filter(action=self.value()) if self.value() else queryset


class StaffFilter(admin.SimpleListFilter):
    """Only the people who can act in the admin: a list of every member would be long and say nothing."""

    title = "wie"
    parameter_name = "wie"

    def lookups(self, request, model_admin):
        staff = get_user_model().objects.filter(is_staff=True).order_by("first_name", "last_name")
        return [(str(user.pk), user.get_full_name() or user.email) for user in staff]

    def queryset(self, request, queryset):
        return queryset.filter(actor_id=self.value()) if self.value() else queryset


class PartFilter(admin.RelatedOnlyFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "welk onderdeel"


class ReadableLogEntryAdmin(LogEntryAdmin):
    list_display = ["wanneer", "wie", "wat", "welk_onderdeel", "wijzigingen"]
    list_filter = [ActionFilter, StaffFilter, ("content_type", PartFilter)]
    # "Over wie of wat": the name of the person or thing affected, as the entry recorded it.
    search_fields = ["object_repr", "changes_text", "actor__first_name", "actor__last_name", "actor__email"]
    search_help_text = "Zoek op de naam van de persoon of het onderdeel, of op wie het deed."
    readonly_fields = ["wanneer", "wie", "wat", "welk_onderdeel", "wijzigingen"]
    fieldsets = [(None, {"fields": readonly_fields})]

    class Media:
        css = {"all": ["css/admin-audit.css"]}

    @admin.display(description="Wanneer", ordering="timestamp")
    def wanneer(self, entry):
        return date_format(timezone.localtime(entry.timestamp), "j F Y, H:i")

    @admin.display(description="Wie", ordering="actor__first_name")
    def wie(self, entry):
        if entry.actor:
            return entry.actor.get_full_name() or entry.actor.email
        return entry.actor_email or "de portal zelf"

    @admin.display(description="Wat", ordering="action")
    def wat(self, entry):
        return ACTIONS.get(entry.action, entry.get_action_display())

    @admin.display(description="Welk onderdeel")
    def welk_onderdeel(self, entry):
        kind = entry.content_type.model_class()
        kind = kind._meta.verbose_name if kind else entry.content_type.model
        return f"{str(kind).capitalize()}: {entry.object_repr}{self._event_of(entry)}"

    @admin.display(description="Wijzigingen")
    def wijzigingen(self, entry):
        lines = readable_changes(entry)
        if not lines:
            return entry.changes_text or ""
        return format_html_join("", "<div>{}: {} → {}</div>", lines)

    def _event_of(self, entry):
        # A workshop's title ("Wonen") says little without its event; a deleted workshop keeps only its title.
        model = entry.content_type.model_class()
        if model is None or model._meta.label != "agenda.Workshop" or not entry.object_pk.isdigit():
            return ""
        workshop = model._default_manager.select_related("event").filter(pk=entry.object_pk).first()
        return f" (bij {workshop.event})" if workshop else ""
