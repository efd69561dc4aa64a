"""The audit trail in the admin, for a secretary: Dutch headings, times to the minute, changes as sentences."""

import collections

from auditlog.admin import LogEntryAdmin
from auditlog.models import LogEntry
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Cast
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


def name_related_objects(entries):
    """auditlog names each foreign key in a change (an event, a person) with a query of its own: on a page of a
    hundred entries, hundreds. Here one query per related model names them all for the page."""
    wanted = collections.defaultdict(set)
    for entry in entries:
        for field, value in _foreign_keys(entry):
            wanted[field.related_model].add(value)
    names = {
        model: {pk: str(obj) for pk, obj in model._default_manager.in_bulk(list(pks)).items()}
        for model, pks in wanted.items()
    }

    def display(field, value):
        pk = _pk(field, value)
        if pk is None:
            return value
        return names.get(field.related_model, {}).get(pk) or f"verwijderd ({value})"

    for entry in entries:
        # auditlog's own hook for naming a foreign key, answered from the page's names.
        entry._get_changes_display_for_fk_field = display


def _foreign_keys(entry):
    model = entry.content_type.model_class()
    if model is None:
        return
    for name, values in (entry.changes_dict or {}).items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or field.one_to_one:
            for value in values[:2]:
                pk = _pk(field, value)
                if pk is not None:
                    yield field, pk


def _pk(field, value):
    if value in (None, "None"):
        return None
    try:
        return field.related_model._meta.pk.to_python(value)
    except ValidationError:
        return None


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

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        name_related_objects(changelist.result_list)
        return changelist

    def get_queryset(self, request):
        # A workshop's title ("Wonen") says little without its event: asked in the list's own query, not per row.
        workshop = apps.get_model("agenda", "Workshop")
        event_title = workshop.objects.filter(pk=Cast(OuterRef("object_pk"), IntegerField())).values("event__title")
        return (
            super()
            .get_queryset(request)
            .annotate(
                workshop_event=Case(
                    When(
                        content_type=ContentType.objects.get_for_model(workshop),
                        object_pk__regex=r"^[0-9]+$",
                        then=Subquery(event_title[:1]),
                    ),
                    default=Value(""),
                )
            )
        )

    def _event_of(self, entry):
        # A deleted workshop keeps only its title.
        event = getattr(entry, "workshop_event", "")
        return f" (bij {event})" if event else ""
