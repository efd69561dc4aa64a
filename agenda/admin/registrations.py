"""Registrations: seen, exported and changed only through the services, which keep seats and waiting list right."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report, service_action
from portal.audit import record_export
from portal.locking import Busy, locking_transaction
from portal.spreadsheet import excel_csv_response
from portal.validators import parse_id

from .. import services
from ..models import Registration, Workshop, WorkshopPreference


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


CANCELLED = ngettext_lazy("%(count)d aanmelding afgemeld.", "%(count)d aanmeldingen afgemeld.", "count")


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
        # All or none: a lock not granted for one registration (Busy) must not leave the others deleted.
        with locking_transaction():
            for registration in queryset.select_related("event"):
                services.delete_registration(registration=registration)

    mark_present = service_action(
        description=_("Markeer als aanwezig"),
        service=services.mark_present,
        selection="registrations",
        done=ngettext_lazy(
            "%(count)d aanmelding gemarkeerd als aanwezig.", "%(count)d aanmeldingen gemarkeerd als aanwezig.", "count"
        ),
    )

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
