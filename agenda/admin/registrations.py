"""Registrations: seen, exported and changed only through the services, which keep seats and waiting list right."""

import datetime

from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report
from portal.audit import record_export
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.locking import Busy, locking_transaction
from portal.spreadsheet import excel_csv_response
from portal.validators import parse_id

from .. import services
from ..models import Event, Registration, Workshop, WorkshopPreference


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


class EventFilter(admin.SimpleListFilter):
    """The events the secretariat works on: those still to come (the soonest first), then those of the last
    year (the latest first), then one choice for all older ones. Since 2012 there are too many to list; one of
    them is found by the search box (its title)."""

    title = _("activiteit")
    parameter_name = "event__id__exact"
    OLDER = "oudere"

    @staticmethod
    def _year_ago():
        return timezone.localdate() - datetime.timedelta(days=365)

    @classmethod
    def _older(cls):
        since = cls._year_ago()
        return Q(date__lt=since) | Q(date__isnull=True, year__lt=since.year)

    def lookups(self, request, model_admin):
        events = Event.objects.exclude(self._older()).order_by(*Event.objects.agenda_ordering())
        return [*((e.pk, str(e)) for e in events), (self.OLDER, _("Oudere activiteiten (meer dan een jaar geleden)"))]

    def queryset(self, request, queryset):
        if self.value() == self.OLDER:
            return queryset.filter(event__in=Event.objects.filter(self._older()))
        event_id = parse_id(self.value())
        return queryset if event_id is None else queryset.filter(event_id=event_id)


class TravelCostsFilter(admin.SimpleListFilter):
    title = _("reiskosten")
    parameter_name = "reiskosten"

    def lookups(self, request, model_admin):
        return [("open", _("Gevraagd, nog niet betaald")), ("betaald", _("Betaald"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(travel_costs=True, travel_costs_paid_at=None)
        if self.value() == "betaald":
            return queryset.filter(travel_costs=True, travel_costs_paid_at__isnull=False)
        return queryset


class PreferenceInline(admin.TabularInline):
    model = WorkshopPreference
    extra = 0
    fields = ["rank", "workshop"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


PRESENT = ngettext_lazy(
    "%(count)d aanmelding gemarkeerd als aanwezig.", "%(count)d aanmeldingen gemarkeerd als aanwezig.", "count"
)
NOT_YET = ngettext_lazy(
    "%(count)d aanmelding niet gemarkeerd: de activiteit is nog niet begonnen.",
    "%(count)d aanmeldingen niet gemarkeerd: de activiteit is nog niet begonnen.",
    "count",
)
CANCELLED = ngettext_lazy("%(count)d aanmelding afgemeld.", "%(count)d aanmeldingen afgemeld.", "count")


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    inlines = [PreferenceInline]
    # What the secretary looks for at 1280 px; e-mail, access needs and diet are on the registration and in
    # the export.
    list_display = ["person", "event_short", "workshop_short", "status_and_place", "organisation_and_by"]
    list_filter = ["status", EventFilter, WorkshopFilter, TravelCostsFilter]
    list_select_related = ["user", "registered_by", "organisation", "event", "workshop"]
    search_fields = [
        "user__email",
        "user__first_name",
        "user__last_name",
        "guest_name",
        "guest_email",
        "guest_phone",
        "access_code",
        "organisation__name",
        "event__title",
    ]

    actions = ["mark_present", "cancel_registrations", "export_csv", "mark_travel_paid", "export_travel_csv"]
    # Status and seats only change through the services, which keep the capacity and waiting list right.
    readonly_fields = [
        "event",
        "user",
        "guest_name",
        "guest_email",
        "guest_phone",
        "access_code",
        "registered_by",
        "organisation",
        "workshop",
        "status",
        "waitlist_position",
        "admitted_from",
        "travel_costs",
        "travel_costs_paid_at",
        "childcare",
        "created",
        "updated",
    ]
    fields = readonly_fields[:-2] + ["access_needs", "dietary", "created", "updated"]

    def has_add_permission(self, request):
        return False

    def get_ordering(self, request):
        # Upcoming events first, the soonest on top, as on the agenda; within an event the waiting list in order.
        return [*Event.objects.agenda_ordering(via="event__"), "status", "waitlist_position", "created"]

    @admin.display(description=_("activiteit"), ordering="event__date")
    def event_short(self, registration):
        event = registration.event
        when = event.date.strftime("%d-%m-%Y") if event.date else event.date_label
        return format_html("{}<br><small>{}</small>", Truncator(event.title).chars(40), when)

    @admin.display(description=_("werkgroep"), ordering="workshop__title")
    def workshop_short(self, registration):
        # Shortened so the five columns fit at 1280 px beside the admin's menu; the whole title is on hover.
        workshop = registration.workshop
        if workshop is None:
            return "–"
        return format_html('<span title="{}">{}</span>', workshop.title, Truncator(workshop.title).chars(30))

    @admin.display(description=_("status"), ordering="status")
    def status_and_place(self, registration):
        if registration.waitlist_position:
            return _("%(status)s (plaats %(n)d)") % {
                "status": registration.get_status_display(),
                "n": registration.waitlist_position,
            }
        return registration.get_status_display()

    @admin.display(description=_("naam"), ordering="user__last_name")
    def person(self, registration):
        return registration.display_name

    @admin.display(description=_("organisatie / aangemeld door"), ordering="organisation__name")
    def organisation_and_by(self, registration):
        organisation = registration.organisation.name if registration.organisation else "–"
        by = registration.registered_by
        if by is None or by == registration.user:
            return organisation
        return format_html("{}<br><small>{}</small>", organisation, _("door %(name)s") % {"name": by.get_full_name()})

    @admin.display(description=_("e-mailadres"), ordering="user__email")
    def email(self, registration):
        return registration.mail_address

    def delete_model(self, request, obj):
        services.delete_registration(registration=obj)

    def delete_queryset(self, request, queryset):
        # All or none: a lock not granted for one registration (Busy) must not leave the others deleted.
        with locking_transaction():
            for registration in queryset.select_related("event"):
                services.delete_registration(registration=registration)

    @admin.action(description=_("Markeer als aanwezig"), permissions=["change"])
    def mark_present(self, request, queryset):
        report(self, request, PRESENT, services.mark_present(registrations=queryset))
        early = queryset.filter(status=Registration.Status.BEVESTIGD, event__date__gt=timezone.localdate()).count()
        if early:
            # Check-in opens on the day itself; earlier only at the door, where the portal asks first.
            report(self, request, NOT_YET, early, messages.WARNING)

    @admin.action(description=_("Afmelden (de wachtlijst schuift door)"), permissions=["change"])
    def cancel_registrations(self, request, queryset):
        done = 0
        for registration in queryset.select_related("event"):
            try:
                services.cancel(registration=registration)
                done += 1
            except (services.RegistrationError, Busy) as error:
                self.message_user(request, f"{registration}: {error}", messages.WARNING)
        report(self, request, CANCELLED, done)

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

    @admin.action(description=_("Reiskosten betaald"), permissions=["change"])
    def mark_travel_paid(self, request, queryset):
        done = ngettext_lazy(
            "Bij %(count)d aanmelding staat nu: reiskosten betaald.",
            "Bij %(count)d aanmeldingen staat nu: reiskosten betaald.",
            "count",
        )
        report(self, request, done, services.mark_travel_costs_paid(registrations=queryset))

    @admin.action(description=_("Reiskosten naar CSV voor de boekhouding"), permissions=["view"])
    def export_travel_csv(self, request, queryset):
        asked = queryset.filter(travel_costs=True).select_related("user", "registered_by", "event")
        header = [_("Activiteit"), _("Datum"), _("Naam"), _("E-mailadres"), _("Telefoon"), _("Betaald op")]
        rows = (
            [
                r.event.title,
                r.event.date.strftime("%d-%m-%Y") if r.event.date else r.event.approximate_date,
                r.display_name,
                r.mail_address,
                r.guest_phone,
                timezone.localtime(r.travel_costs_paid_at).strftime("%d-%m-%Y") if r.travel_costs_paid_at else "",
            ]
            for r in asked.order_by("event", "pk")
        )
        record_export(request=request, model=Registration, description=_("Export van reiskosten"), rows=asked.count())
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        return excel_csv_response(filename=f"reiskosten-{stamp}.csv", header=header, rows=rows)
