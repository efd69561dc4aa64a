"""Events with their speakers and workshops (the pages of one event: allocation.py, event_pages.py)."""

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.optimistic import VersionedAdminMixin, VersionedInlineMixin

from ..models import Event, Registration, Speaker, Workshop
from .allocation import AllocationPages
from .event_pages import EventPages
from .publication import EventForm, PublicationPages, WorkshopForm
from .reminders import ReminderPages


class PublishedFilter(admin.SimpleListFilter):
    title = _("op de website")
    parameter_name = "gepubliceerd"

    def lookups(self, request, model_admin):
        return [("ja", _("Gepubliceerd")), ("nee", _("Concept"))]

    def queryset(self, request, queryset):
        return {"ja": queryset.published(), "nee": queryset.drafts()}.get(self.value(), queryset)


class SpeakerInline(VersionedInlineMixin, admin.TabularInline):
    model = Speaker
    extra = 0


class WorkshopInline(VersionedInlineMixin, admin.StackedInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Workshop
    form = WorkshopForm
    extra = 0
    fields = [("title", "time_slot"), ("leader", "capacity"), "description", "order", "report", "report_source"]


@admin.register(Event)
class EventAdmin(VersionedAdminMixin, ReminderPages, PublicationPages, AllocationPages, EventPages, admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    form = EventForm
    list_display = [
        "title",
        "when",
        "city",
        "kind",
        "status",
        "published",
        "is_public",
        "registrations_link",
        "attendance_link",
        "phone_link",
        "checkin_link",
    ]
    # Not the example flag (set by `seed --examples` for development only) nor the draw's random seed (kept to
    # check an allocation afterwards): neither is the secretariat's to read or change.
    list_filter = [PublishedFilter, "kind", "status", "is_public", "year", "region"]
    search_fields = ["title", "motto", "city", "venue", "region", "description"]
    list_select_related = ["host"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    inlines = [SpeakerInline, WorkshopInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "motto", "status", "published_at", "is_public"]}),
        (
            _("Wanneer en waar"),
            {"fields": ["date", "approximate_date", "year", ("start_time", "end_time"), "city", "venue", "region"]},
        ),
        (_("Organisatie"), {"fields": ["host", "host_name", "description"]}),
        (_("Aanmelden"), {"fields": ["audience", ("registration_opens", "registration_closes"), "capacity"]}),
        (
            _("Werkgroepen verdelen"),
            {"fields": ["workshop_choice", "preference_deadline", "allocated_at"]},
        ),
    ]
    readonly_fields = ["published_at", "allocated_at"]
    actions = ["allocate_now"]
    change_form_template = "admin/agenda/event_change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                active_count=Count("registrations", filter=~Q(registrations__status=Registration.Status.GEANNULEERD))
            )
        )

    def get_ordering(self, request):
        # The registrations' event filter orders its choices with this too.
        return Event.objects.agenda_ordering()

    @admin.display(description=_("datum"), ordering="date")
    def when(self, event):
        return event.date or event.date_label

    @admin.display(description=_("op de website"), ordering="published_at")
    def published(self, event):
        return _("ja") if event.is_published else _("nee, concept")

    @admin.display(description=_("aanmeldingen"))
    def registrations_link(self, event):
        url = changelist_url(Registration, event__id__exact=event.pk)
        return format_html('<a href="{}">{}</a>', url, event.active_count)

    @admin.display(description=_("presentielijst"))
    def attendance_link(self, event):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:agenda_event_attendance", args=[event.pk]), _("afdrukken")
        )

    @admin.display(description=_("telefonische aanmelding"))
    def phone_link(self, event):
        return format_html('<a href="{}">{}</a>', reverse("admin:agenda_event_phone", args=[event.pk]), _("aanmelden"))

    @admin.display(description=_("binnenkomst"))
    def checkin_link(self, event):
        return format_html('<a href="{}">{}</a>', reverse("agenda:checkin", args=[event.slug]), _("aan de deur"))

    def get_urls(self):
        return [
            path("<int:pk>/verdelen/", self.admin_site.admin_view(self.allocate_view), name="agenda_event_allocate"),
            path("<int:pk>/publiceren/", self.admin_site.admin_view(self.publish_view), name="agenda_event_publish"),
            path(
                "<int:pk>/terug-naar-concept/",
                self.admin_site.admin_view(self.unpublish_view),
                name="agenda_event_unpublish",
            ),
            path("<int:pk>/aanmelden/", self.admin_site.admin_view(self.phone_view), name="agenda_event_phone"),
            path("<int:pk>/belijst/", self.admin_site.admin_view(self.call_list_view), name="agenda_event_call_list"),
            path(
                "<int:pk>/presentielijst/",
                self.admin_site.admin_view(self.attendance_view),
                name="agenda_event_attendance",
            ),
            path(
                "<int:pk>/presentielijst/<int:workshop_pk>/",
                self.admin_site.admin_view(self.attendance_view),
                name="agenda_event_attendance_workshop",
            ),
        ] + super().get_urls()
