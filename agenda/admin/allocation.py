"""The fair draw of an event's workshops, as an action on the list and as a button on the event's page."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _

from portal.locking import Busy

from .. import services
from ..models import Event


class AllocationPages:
    """Part of EventAdmin (its URL is in EventAdmin.get_urls)."""

    @admin.action(description=_("Werkgroepen nu eerlijk verdelen (loting)"), permissions=["change"])
    def allocate_now(self, request, queryset):
        for event in queryset:
            self._allocate(request, event)

    def _allocate(self, request, event):
        try:
            outcome = services.allocate(event=event)
        except (services.RegistrationError, Busy) as error:
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
