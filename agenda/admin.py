"""The secretariat's screens: events with workshops and speakers, registrations, exports and attendance lists."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from alliantie.audit import record_export
from alliantie.spreadsheet import excel_csv_response

from . import services
from .models import SEAT_STATUSES, Event, Registration, Speaker, Workshop


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 0


class WorkshopInline(admin.StackedInline):
    model = Workshop
    extra = 0
    fields = [("title", "time_slot"), ("leader", "capacity"), "description", "order"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "when", "city", "kind", "status", "is_public", "registrations_link", "attendance_link"]
    list_filter = ["kind", "status", "is_public", "year", "region", "is_example"]
    search_fields = ["title", "motto", "city", "venue", "region", "description"]
    list_select_related = ["host"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    inlines = [SpeakerInline, WorkshopInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "motto", "status", "is_public", "is_example"]}),
        (
            _("Wanneer en waar"),
            {"fields": ["date", "approximate_date", "year", ("start_time", "end_time"), "city", "venue", "region"]},
        ),
        (_("Organisatie"), {"fields": ["host", "host_name", "description"]}),
        (_("Aanmelden"), {"fields": [("registration_opens", "registration_closes"), "capacity"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                active_count=Count("registrations", filter=~Q(registrations__status=Registration.Status.GEANNULEERD))
            )
        )

    @admin.display(description=_("datum"), ordering="date")
    def when(self, event):
        return event.date or event.date_label

    @admin.display(description=_("aanmeldingen"))
    def registrations_link(self, event):
        url = reverse("admin:agenda_registration_changelist") + f"?event__id__exact={event.pk}"
        return format_html('<a href="{}">{}</a>', url, event.active_count)

    @admin.display(description=_("presentielijst"))
    def attendance_link(self, event):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:agenda_event_attendance", args=[event.pk]), _("afdrukken")
        )

    def get_urls(self):
        return [
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

    def attendance_view(self, request, pk, workshop_pk=None):
        """A printable list to sign at the door. No access needs or diet on it: it lies on a table."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_view_permission(request, event):
            raise PermissionDenied
        workshop = get_object_or_404(Workshop, pk=workshop_pk, event=event) if workshop_pk else None
        registrations = (
            Registration.objects.filter(event=event, status__in=SEAT_STATUSES)
            .select_related("user", "organisation", "workshop")
            .order_by("user__last_name", "user__first_name", "user__email")
        )
        if workshop:
            registrations = registrations.filter(workshop=workshop)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Presentielijst"),
            "event": event,
            "workshop": workshop,
            "workshops": event.workshops.all(),
            "registrations": registrations,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/attendance.html", context)


class WorkshopFilter(admin.SimpleListFilter):
    title = _("werkgroep")
    parameter_name = "workshop"

    def lookups(self, request, model_admin):
        event_id = request.GET.get("event__id__exact")
        if not event_id or not event_id.isdigit():
            return []
        return [(w.pk, w.title) for w in Workshop.objects.filter(event_id=event_id)]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(workshop_id=value)
        return queryset


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["person", "email", "organisation", "event", "workshop", "status", "waitlist_position", "created"]
    list_filter = ["status", "event", WorkshopFilter]
    list_select_related = ["user", "organisation", "event", "workshop"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation__name", "event__title"]
    ordering = ["event", "status", "waitlist_position", "created"]
    actions = ["mark_present", "cancel_registrations", "export_csv"]
    # Status and seats only change through the services, which keep the capacity and waiting list right.
    readonly_fields = ["event", "user", "organisation", "workshop", "status", "waitlist_position", "created", "updated"]
    fields = readonly_fields[:6] + ["access_needs", "dietary", "created", "updated"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("naam"), ordering="user__last_name")
    def person(self, registration):
        if registration.user is None:
            return _("(geanonimiseerd)")
        return registration.user.get_full_name() or registration.user.username

    @admin.display(description=_("e-mailadres"), ordering="user__email")
    def email(self, registration):
        return registration.user.email if registration.user else ""

    def delete_model(self, request, obj):
        services.delete_registration(registration=obj)

    def delete_queryset(self, request, queryset):
        for registration in queryset.select_related("event"):
            services.delete_registration(registration=registration)

    @admin.action(description=_("Markeer als aanwezig"), permissions=["change"])
    def mark_present(self, request, queryset):
        count = services.mark_present(registrations=list(queryset))
        self.message_user(request, _("%(count)d aanmelding(en) gemarkeerd als aanwezig.") % {"count": count})

    @admin.action(description=_("Afmelden (de wachtlijst schuift door)"), permissions=["change"])
    def cancel_registrations(self, request, queryset):
        done = 0
        for registration in queryset.select_related("event"):
            try:
                services.cancel(registration=registration)
                done += 1
            except services.RegistrationError as error:
                self.message_user(request, f"{registration}: {error}", messages.WARNING)
        self.message_user(request, _("%(count)d aanmelding(en) afgemeld.") % {"count": done})

    @admin.action(description=_("Exporteer naar CSV (Excel)"), permissions=["view"])
    def export_csv(self, request, queryset):
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        header = [
            _("Activiteit"),
            _("Datum"),
            _("Naam"),
            _("E-mailadres"),
            _("Organisatie"),
            _("Werkgroep"),
            _("Status"),
            _("Plaats op wachtlijst"),
            _("Toegankelijkheid"),
            _("Dieetwensen"),
            _("Aangemeld op"),
        ]
        rows = (
            [
                r.event.title,
                r.event.date.strftime("%d-%m-%Y") if r.event.date else r.event.approximate_date,
                r.user.get_full_name() if r.user else _("(geanonimiseerd)"),
                r.user.email if r.user else "",
                r.organisation.name if r.organisation else "",
                r.workshop.title if r.workshop else "",
                r.get_status_display(),
                r.waitlist_position or "",
                r.access_needs,
                r.dietary,
                timezone.localtime(r.created).strftime("%d-%m-%Y %H:%M"),
            ]
            for r in queryset.select_related("user", "organisation", "event", "workshop").order_by("event", "pk")
        )
        record_export(
            request=request, model=Registration, description=_("Export van aanmeldingen"), rows=queryset.count()
        )
        return excel_csv_response(filename=f"aanmeldingen-{stamp}.csv", header=header, rows=rows)
