"""Someone without an account registers for an event open to everyone, and keeps the registration through a
private link (/agenda/aanmelding/<code>/): see it, choose another workshop, or cancel."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from portal import ratelimit
from portal.locking import Busy
from portal.public_forms import PublicFormMixin

from .. import services
from ..forms import ChangeWorkshopForm, OpenRegistrationForm
from ..models import Registration, Workshop
from .events import EventMixin

# A community centre registers a group from one address; a flood is something else.
REGISTRATIONS_PER_HOUR = 30
# The codes cannot be guessed in 60 tries an hour (31^10 of them); a person needs a few.
CODE_LOOKUPS_PER_HOUR = 60


class TooManyRegistrations(Exception):
    """Too many registrations from one client address in the last hour."""


class OpenRegisterView(PublicFormMixin, EventMixin, FormView):
    template_name = "agenda/register_open.html"
    form_class = OpenRegistrationForm
    rate_limited_errors = (TooManyRegistrations,)

    def dispatch(self, request, *args, **kwargs):
        if not self.event.open_to_everyone:
            raise Http404
        if not self.event.registration_is_open():
            return redirect(self.event.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["workshops"] = Workshop.objects.choices_for(self.event)
        kwargs["preferences"] = self.event.collects_preferences()
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, **kwargs)

    def get_rate_limited_message(self):
        return _(
            "Er zijn vanaf uw adres in het afgelopen uur al veel aanmeldingen gedaan. Bel ons, of probeer het later."
        )

    def submit(self, form):
        if not ratelimit.allow(
            scope="open-registration", who=ratelimit.client_ip(self.request), limit=REGISTRATIONS_PER_HOUR, period=3600
        ):
            raise TooManyRegistrations
        try:
            registration = services.register(event=self.event, **form.registration_details())
        except services.RegistrationError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect(registration.get_private_url())


@method_decorator(never_cache, name="dispatch")
class GuestRegistrationView(FormView):
    """The private page of a registration without an account: what it is, another workshop, cancelling."""

    template_name = "agenda/guest_registration.html"
    form_class = ChangeWorkshopForm

    def dispatch(self, request, *args, **kwargs):
        if not ratelimit.allow(
            scope="registration-code", who=ratelimit.client_ip(request), limit=CODE_LOOKUPS_PER_HOUR, period=60 * 60
        ):
            return render(request, "agenda/code_limited.html", status=429)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def registration(self):
        code = self.kwargs["code"].replace("-", "").upper()
        return get_object_or_404(Registration.objects.select_related("event", "workshop"), access_code=code)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["workshops"] = (
            Workshop.objects.filter(event=self.registration.event)
            .exclude(pk=self.registration.workshop_id)
            .with_seats_taken()
        )
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.registration, event=self.registration.event, **kwargs)

    def post(self, request, *args, **kwargs):
        if "afmelden" in request.POST:
            try:
                services.cancel(registration=self.registration)
            except (services.RegistrationError, Busy) as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("U bent afgemeld. Uw plaats gaat naar wie op de wachtlijst staat."))
            return redirect(self.registration.get_private_url())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.change_workshop(
                registration=self.registration, workshop=form.cleaned_data["workshop"]
            )
        except (services.RegistrationError, Busy) as error:
            form.add_error("workshop", str(error))
            return self.form_invalid(form)
        messages.success(
            self.request, _("Uw werkgroep is gewijzigd: %(title)s.") % {"title": registration.workshop.title}
        )
        return redirect(registration.get_private_url())
