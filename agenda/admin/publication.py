"""Publishing an event after its checklist, and capacity changes that go through the agenda's service."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.locking import Busy

from .. import services
from ..models import Event, Workshop


class CapacityForm(forms.ModelForm):
    """Fewer seats than people who have one is refused here, with their names, before anything is saved."""

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        try:
            services.check_capacity(self.instance, capacity)
        except services.CapacityTooLow as error:
            raise forms.ValidationError(str(error)) from error
        return capacity


# The admin passes the fields of its fieldsets; these are only the form's own.
class EventForm(CapacityForm):
    class Meta:
        model = Event
        fields = ["capacity"]


class WorkshopForm(CapacityForm):
    class Meta:
        model = Workshop
        fields = ["capacity"]


def _held_back(form):
    """The new capacity, with the instance put back to the old one: the service saves the new one, under its
    lock, and hands out the seats it frees. None when the capacity did not change."""
    if not form.instance.pk or "capacity" not in form.changed_data:
        return None
    new = form.instance.capacity
    form.instance.capacity = form.initial.get("capacity")
    return (form.instance, new)


class PublicationPages:
    """Part of EventAdmin (the URL is in EventAdmin.get_urls)."""

    def save_model(self, request, obj, form, change):
        change_of_capacity = _held_back(form)
        super().save_model(request, obj, form, change)
        if change_of_capacity:
            self._change_capacity(request, *change_of_capacity)

    def save_formset(self, request, form, formset, change):
        changes = []
        if formset.model is Workshop:
            deleted = set(formset.deleted_forms)
            changes = [c for f in formset.forms if f not in deleted and (c := _held_back(f))]
        super().save_formset(request, form, formset, change)
        for place, capacity in changes:
            self._change_capacity(request, place, capacity)

    def _change_capacity(self, request, place, capacity):
        try:
            promoted = services.change_capacity(place=place, capacity=capacity)
        except (services.RegistrationError, Busy) as error:
            # Someone took a seat between the form's check and this save: the old number stays.
            self.message_user(request, f"{place}: {error}", messages.ERROR)
            return
        place.capacity = capacity
        if promoted:
            self.message_user(
                request,
                _("Van de wachtlijst naar een plaats: %(names)s. Zij krijgen hierover een e-mail.")
                % {"names": ", ".join(r.display_name for r in promoted)},
            )

    def publish_view(self, request, pk):
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        if event.is_published:
            self.message_user(request, _("Deze activiteit staat al op de website."), messages.INFO)
            return redirect("admin:agenda_event_change", event.pk)
        error = None
        if request.method == "POST":
            try:
                event = services.publish(event=event, accept_warnings=request.POST.get("accept_warnings") == "1")
            except services.NeedsConfirmation:
                error = _("Zet eerst een vinkje: dan weet de portal dat u deze punten gezien heeft.")
            except (services.RegistrationError, Busy) as problem:
                error = str(problem)
            else:
                done = _("%(event)s staat nu op de website.") % {"event": event}
                if event.registration_opens:
                    opens = date_format(timezone.localtime(event.registration_opens), "j F Y H:i")
                    done += " " + _("Aanmelden kan vanaf %(opens)s.") % {"opens": opens}
                self.message_user(request, done)
                return redirect("admin:agenda_event_change", event.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Publiceren: %(event)s") % {"event": event.title},
            "event": event,
            "checklist": services.publication_checklist(event),
            "error": error,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/event_publish.html", context)

    def unpublish_view(self, request, pk):
        """Terug naar concept: first a page with how many people are registered, then the service."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        if not event.is_published:
            self.message_user(request, _("Deze activiteit is al een concept."), messages.INFO)
            return redirect("admin:agenda_event_change", event.pk)
        error = None
        if request.method == "POST":
            notify = request.POST.get("notify") == "1"
            try:
                event, count = services.unpublish(event=event, notify=notify)
            except (services.RegistrationError, Busy) as problem:
                error = str(problem)
            else:
                done = _("%(event)s is weer een concept en staat niet meer op de website.") % {"event": event}
                if notify and count:
                    done += " " + _("De %(count)d aangemelde mensen krijgen een e-mail.") % {"count": count}
                self.message_user(request, done)
                return redirect("admin:agenda_event_change", event.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Terug naar concept: %(event)s") % {"event": event.title},
            "event": event,
            "registered": event.registrations.active().count(),
            "error": error,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/event_unpublish.html", context)
