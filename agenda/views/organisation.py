"""The contact person's pages: who of our organisation comes, registering and cancelling a colleague."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from alliantie.mixins import ContactPersonMixin
from portal.locking import Busy

from .. import services
from ..forms import ColleagueRegistrationForm
from ..models import Event, Registration, Workshop
from .events import EventMixin


class OrganisationRegistrationsView(ContactPersonMixin, TemplateView):
    """Who of our organisation is registered for which event still to come."""

    template_name = "agenda/organisation_registrations.html"

    def get_context_data(self, **kwargs):
        events = list(Event.objects.visible_to(self.request.user).upcoming())
        registrations = (
            Registration.objects.active()
            .filter(organisation=self.organisation, event__in=events)
            .select_related("user", "workshop", "event")
            .order_by("user__last_name", "guest_name")
        )
        by_event = {event.pk: [] for event in events}
        for registration in registrations:
            by_event[registration.event_id].append(registration)
        rows = [(event, by_event[event.pk]) for event in events]
        return super().get_context_data(our_organisation=self.organisation, rows=rows, **kwargs)


class RegisterColleagueView(ContactPersonMixin, EventMixin, FormView):
    template_name = "agenda/register_colleague.html"
    form_class = ColleagueRegistrationForm

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "workshops": Workshop.objects.choices_for(self.event),
            "preferences": self.event.collects_preferences(),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, our_organisation=self.organisation, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.register(
                event=self.event,
                guest_name=form.cleaned_data["guest_name"],
                guest_email=form.cleaned_data["guest_email"],
                organisation=self.organisation,
                registered_by=self.request.user,
                **form.registration_details(),
            )
        except (services.RegistrationError, Busy) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if registration.status == Registration.Status.WACHTLIJST:
            text = _("%(name)s staat op de wachtlijst, op plaats %(position)d.")
        else:
            text = _("%(name)s is aangemeld.")
        messages.success(
            self.request, text % {"name": registration.guest_name, "position": registration.waitlist_position or 0}
        )
        return redirect("agenda:organisation-registrations")


class OrganisationCancelView(ContactPersonMixin, View):
    """The contact person cancels a colleague they registered (someone without an account of their own)."""

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.active().filter(organisation=self.organisation, user__isnull=True), pk=pk
        )
        try:
            services.cancel(registration=registration)
        except (services.RegistrationError, Busy) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(name)s is afgemeld.") % {"name": registration.guest_name})
        return redirect("agenda:organisation-registrations")
