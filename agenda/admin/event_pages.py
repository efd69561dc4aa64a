"""Pages of one event besides its form: register someone who phoned or wrote, print the attendance list."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url
from portal.locking import Busy

from .. import services
from ..forms import PhoneRegistrationForm
from ..models import SEAT_STATUSES, Event, Registration, Workshop


class EventPages:
    """Part of EventAdmin (their URLs are in EventAdmin.get_urls)."""

    def phone_view(self, request, pk):
        """Someone phoned or wrote: the secretariat registers them through the same service and rules."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        form = PhoneRegistrationForm(
            request.POST or None,
            workshops=Workshop.objects.choices_for(event),
            preferences=event.collects_preferences(),
        )
        if request.method == "POST" and form.is_valid():
            try:
                registration = services.register(
                    event=event,
                    guest_name=form.cleaned_data["guest_name"],
                    guest_email=form.cleaned_data["guest_email"],
                    guest_phone=form.cleaned_data["guest_phone"],
                    travel_costs=form.cleaned_data["travel_costs"],
                    childcare=form.cleaned_data["childcare"] or 0,
                    organisation=form.cleaned_data["organisation"],
                    registered_by=request.user,
                    **form.registration_details(),
                )
            except (services.RegistrationError, Busy) as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    _("%(name)s is aangemeld: %(status)s. Lees de code voor, voor de eigen pagina: %(code)s.")
                    % {
                        "name": registration.guest_name,
                        "status": registration.get_status_display().lower(),
                        "code": registration.access_code_display,
                    },
                )
                return redirect(changelist_url(Registration, event__id__exact=event.pk))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Iemand aanmelden die belde of schreef"),
            "event": event,
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/phone_registration.html", context)

    def attendance_view(self, request, pk, workshop_pk=None):
        """A printable list to sign at the door, sorted by surname. It carries access needs and dietary wishes so
        that the people at the door and in the kitchen know them: only the secretariat prints it."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_view_permission(request, event):
            raise PermissionDenied
        workshop = get_object_or_404(Workshop, pk=workshop_pk, event=event) if workshop_pk else None
        registrations = Registration.objects.filter(event=event, status__in=SEAT_STATUSES).select_related(
            "user", "organisation", "workshop"
        )
        if workshop:
            registrations = registrations.filter(workshop=workshop)
        registrations = sorted(registrations, key=lambda r: r.surname_key)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Presentielijst"),
            "event": event,
            "workshop": workshop,
            "workshops": event.workshops.all(),
            "registrations": registrations,
            "has_needs": any(r.access_needs or r.dietary for r in registrations),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/attendance.html", context)
