"""Part of EventAdmin: the place mail after the secretariat fills in a place, and the call list (Belijst) of
people with a seat whom no reminder reaches because they have no e-mail address."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.locking import Busy

from .. import services
from ..models import Event, Registration


def _had_no_place(form):
    return not (form.initial.get("city") or form.initial.get("venue"))


class ReminderPages:
    """Its URL is in EventAdmin.get_urls."""

    def save_model(self, request, obj, form, change):
        place_set = change and _had_no_place(form) and obj.has_place
        super().save_model(request, obj, form, change)
        if not place_set:
            return
        # In plain sight here, not in a signal: the secretary sees who is mailed.
        try:
            count = services.announce_place(event=obj)
        except Busy as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        if count:
            self.message_user(
                request,
                ngettext(
                    "%(count)d aangemelde persoon krijgt een e-mail met de plaats.",
                    "%(count)d aangemelde mensen krijgen een e-mail met de plaats.",
                    count,
                )
                % {"count": count},
            )

    def call_list_view(self, request, pk):
        """People with a seat and no e-mail address: the secretariat phones them a few days before, since the
        reminder cannot reach them. Printed on A4."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_view_permission(request, event):
            raise PermissionDenied
        registrations = (
            Registration.objects.filter(event=event, status=Registration.Status.BEVESTIGD)
            .unreachable_by_mail()
            .select_related("user", "organisation", "registered_by")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Belijst"),
            "event": event,
            "registrations": sorted(registrations, key=lambda r: r.surname_key),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/call_list.html", context)
