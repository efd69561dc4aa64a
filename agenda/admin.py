"""The secretariat's screens: events with workshops and speakers, registrations, exports and attendance lists."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, F, Q, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.audit import record_export
from portal.spreadsheet import excel_csv_response
from portal.validators import parse_id

from . import services
from .forms import PhoneRegistrationForm
from .models import SEAT_STATUSES, Event, Registration, Speaker, Workshop, WorkshopPreference
from .votes import admin as vote_admin  # noqa: F401 - registers the vote's screens


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 0


class WorkshopInline(admin.StackedInline):
    model = Workshop
    extra = 0
    fields = [("title", "time_slot"), ("leader", "capacity"), "description", "order", "report", "report_source"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "when",
        "city",
        "kind",
        "status",
        "is_public",
        "registrations_link",
        "attendance_link",
        "phone_link",
        "checkin_link",
    ]
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
        (
            _("Werkgroepen verdelen"),
            {"fields": ["workshop_choice", "preference_deadline", "allocation_seed", "allocated_at"]},
        ),
    ]
    readonly_fields = ["allocation_seed", "allocated_at"]
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
        # Upcoming first (soonest on top), then the past (latest on top). Plain expressions, no
        # annotations: the registrations' event filter orders its choices with this too.
        today = timezone.localdate()
        past = Case(
            When(Q(date__lt=today) | Q(date__isnull=True, year__lt=today.year), then=Value(1)), default=Value(0)
        )
        upcoming_date = Case(When(date__gte=today, then=F("date")))
        return [past.asc(), upcoming_date.asc(nulls_last=True), F("date").desc(nulls_last=True), "-year"]

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

    @admin.display(description=_("telefonische aanmelding"))
    def phone_link(self, event):
        return format_html('<a href="{}">{}</a>', reverse("admin:agenda_event_phone", args=[event.pk]), _("aanmelden"))

    @admin.display(description=_("binnenkomst"))
    def checkin_link(self, event):
        return format_html('<a href="{}">{}</a>', reverse("agenda:checkin", args=[event.slug]), _("aan de deur"))

    @admin.action(description=_("Werkgroepen nu eerlijk verdelen (loting)"), permissions=["change"])
    def allocate_now(self, request, queryset):
        for event in queryset:
            self._allocate(request, event)

    def _allocate(self, request, event):
        try:
            outcome = services.allocate(event=event)
        except services.RegistrationError as error:
            self.message_user(request, f"{event}: {error}", messages.WARNING)
            return
        if outcome is None:
            event.refresh_from_db()
            self.message_user(
                request,
                _(
                    "%(event)s was al verdeeld (toevalsgetal %(seed)s). "
                    "Er is niets veranderd en niemand kreeg opnieuw mail."
                )
                % {"event": event, "seed": event.allocation_seed},
                messages.WARNING,
            )
            return
        self.message_user(
            request,
            _(
                "%(event)s: %(placed)d ingedeeld, %(waiting)d op de wachtlijst; %(first).0f%% kreeg de eerste keus. "
                "Toevalsgetal: %(seed)s."
            )
            % {
                "event": event,
                "placed": len(outcome.placed),
                "waiting": len(outcome.unplaced),
                "first": 100 * outcome.share_first_choice(),
                "seed": outcome.seed,
            },
        )

    def allocate_view(self, request, pk):
        """The button on the event's page: POST only; running it twice changes nothing."""
        event = get_object_or_404(Event, pk=pk)
        if request.method != "POST" or not self.has_change_permission(request, event):
            raise PermissionDenied
        self._allocate(request, event)
        return redirect("admin:agenda_event_change", event.pk)

    def get_urls(self):
        return [
            path("<int:pk>/verdelen/", self.admin_site.admin_view(self.allocate_view), name="agenda_event_allocate"),
            path("<int:pk>/aanmelden/", self.admin_site.admin_view(self.phone_view), name="agenda_event_phone"),
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

    def phone_view(self, request, pk):
        """Someone phoned or wrote: the secretariat registers them through the same service and rules."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        workshops = Workshop.objects.filter(event=event).with_seats_taken()
        form = PhoneRegistrationForm(
            request.POST or None,
            workshops=workshops if workshops.exists() else None,
            preferences=event.collects_preferences(),
        )
        if request.method == "POST" and form.is_valid():
            try:
                registration = services.register(
                    event=event,
                    guest_name=form.cleaned_data["guest_name"],
                    guest_email=form.cleaned_data["guest_email"],
                    organisation=form.cleaned_data["organisation"],
                    registered_by=request.user,
                    workshop=form.cleaned_data.get("workshop"),
                    preferences=form.preference_list(),
                    access_needs=form.cleaned_data["access_needs"],
                    dietary=form.cleaned_data["dietary"],
                )
            except services.RegistrationError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    _("%(name)s is aangemeld: %(status)s.")
                    % {"name": registration.guest_name, "status": registration.get_status_display().lower()},
                )
                return redirect(reverse("admin:agenda_registration_changelist") + f"?event__id__exact={event.pk}")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Iemand aanmelden die belde of schreef"),
            "event": event,
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/phone_registration.html", context)

    def attendance_view(self, request, pk, workshop_pk=None):
        """A printable list to sign at the door. No access needs or diet on it: it lies on a table."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_view_permission(request, event):
            raise PermissionDenied
        workshop = get_object_or_404(Workshop, pk=workshop_pk, event=event) if workshop_pk else None
        registrations = (
            Registration.objects.filter(event=event, status__in=SEAT_STATUSES)
            .select_related("user", "organisation", "workshop")
            .order_by("user__last_name", "user__first_name", "guest_name")
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
        event_id = parse_id(request.GET.get("event__id__exact"))
        if event_id is None:
            return []
        return [(w.pk, w.title) for w in Workshop.objects.filter(event_id=event_id)]

    def queryset(self, request, queryset):
        workshop_id = parse_id(self.value())
        return queryset if workshop_id is None else queryset.filter(workshop_id=workshop_id)


class PreferenceInline(admin.TabularInline):
    model = WorkshopPreference
    extra = 0
    fields = ["rank", "workshop"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    inlines = [PreferenceInline]
    list_display = [
        "person",
        "email",
        "organisation",
        "event",
        "workshop",
        "status",
        "waitlist_position",
        "access_needs",
        "dietary",
        "created",
    ]
    list_filter = ["status", "event", WorkshopFilter]
    list_select_related = ["user", "registered_by", "organisation", "event", "workshop"]
    search_fields = [
        "user__email",
        "user__first_name",
        "user__last_name",
        "guest_name",
        "guest_email",
        "organisation__name",
        "event__title",
    ]
    ordering = ["event", "status", "waitlist_position", "created"]
    actions = ["mark_present", "cancel_registrations", "export_csv"]
    # Status and seats only change through the services, which keep the capacity and waiting list right.
    readonly_fields = [
        "event",
        "user",
        "guest_name",
        "guest_email",
        "registered_by",
        "organisation",
        "workshop",
        "status",
        "waitlist_position",
        "created",
        "updated",
    ]
    fields = readonly_fields[:9] + ["access_needs", "dietary", "created", "updated"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("naam"), ordering="user__last_name")
    def person(self, registration):
        return registration.display_name

    @admin.display(description=_("e-mailadres"), ordering="user__email")
    def email(self, registration):
        return registration.mail_address

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
                r.display_name,
                r.mail_address,
                r.organisation.name if r.organisation else "",
                r.workshop.title if r.workshop else "",
                r.get_status_display(),
                r.waitlist_position or "",
                r.access_needs,
                r.dietary,
                timezone.localtime(r.created).strftime("%d-%m-%Y %H:%M"),
            ]
            for r in queryset.select_related("user", "registered_by", "organisation", "event", "workshop").order_by(
                "event", "pk"
            )
        )
        record_export(
            request=request, model=Registration, description=_("Export van aanmeldingen"), rows=queryset.count()
        )
        return excel_csv_response(filename=f"aanmeldingen-{stamp}.csv", header=header, rows=rows)
