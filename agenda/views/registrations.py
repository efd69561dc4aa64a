"""A member registers, sees their registrations, cancels or changes workshop."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView

from portal.locking import Busy

from .. import services
from ..forms import ChangeWorkshopForm, RegistrationForm
from ..models import Registration, Workshop
from .events import EventMixin


class RegisterView(LoginRequiredMixin, EventMixin, FormView):
    template_name = "agenda/register.html"
    form_class = RegistrationForm

    def dispatch(self, request, *args, **kwargs):
        event = self.event
        if event.open_to_everyone and (not request.user.is_authenticated or self.membership is None):
            # Everyone may come: no account or membership needed.
            return redirect("agenda:register-open", slug=event.slug)
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if self.membership is None:
            return self.render_stop(_("Alleen voor leden"), status=403, not_member=True)
        existing = Registration.objects.active().filter(event=event, user=request.user).first()
        if existing:
            messages.info(request, _("U bent al aangemeld voor deze activiteit."))
            return redirect("agenda:my-registrations")
        if not event.registration_is_open():
            return self.render_stop(_("Aanmelden kan nu niet"), status=200)
        return super().dispatch(request, *args, **kwargs)

    def render_stop(self, title, status, not_member=False):
        response = self.response_class(
            request=self.request,
            template=["agenda/register_unavailable.html"],
            context={"event": self.event, "title": title, "not_member": not_member},
            status=status,
        )
        return response

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["workshops"] = Workshop.objects.choices_for(self.event)
        kwargs["preferences"] = self.event.collects_preferences()
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, membership=self.membership, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.register(
                event=self.event,
                user=self.request.user,
                **form.registration_details(),
            )
        except (services.RegistrationError, Busy) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("agenda:registration-done", pk=registration.pk)


class OwnRegistrationMixin(LoginRequiredMixin):
    """Only the person's own registrations: someone else's id gives a 404, never their data."""

    def get_registration(self):
        return get_object_or_404(Registration.objects.for_user(self.request.user), pk=self.kwargs["pk"])


class RegistrationDoneView(OwnRegistrationMixin, DetailView):
    template_name = "agenda/registration_done.html"
    context_object_name = "registration"

    def get_object(self, queryset=None):
        return self.get_registration()


class MyRegistrationsView(LoginRequiredMixin, ListView):
    template_name = "agenda/my_registrations.html"
    context_object_name = "registrations"

    def get_queryset(self):
        return Registration.objects.for_user(self.request.user).order_by(
            F("event__date").desc(nulls_last=True), "-created"
        )


class CancelView(OwnRegistrationMixin, TemplateView):
    """GET asks "are you sure?", POST cancels: a link can never cancel by itself."""

    template_name = "agenda/registration_cancel.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.get_registration(), **kwargs)

    def post(self, request, *args, **kwargs):
        registration = self.get_registration()
        try:
            services.cancel(registration=registration)
        except (services.RegistrationError, Busy) as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("U bent afgemeld voor %(title)s. U krijgt een e-mail.") % {"title": registration.event.title}
            )
        return redirect("agenda:my-registrations")


class ChangeWorkshopView(OwnRegistrationMixin, FormView):
    template_name = "agenda/registration_workshop.html"
    form_class = ChangeWorkshopForm

    @cached_property
    def registration(self):
        return self.get_registration()

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.registration.can_cancel():
            messages.error(request, _("Deze aanmelding kunt u niet meer wijzigen."))
            return redirect("agenda:my-registrations")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["workshops"] = (
            Workshop.objects.filter(event=self.registration.event)
            .exclude(pk=self.registration.workshop_id)
            .with_seats_taken()
        )
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.registration, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.change_workshop(
                registration=self.registration, workshop=form.cleaned_data["workshop"]
            )
        except (services.RegistrationError, Busy) as error:
            form.add_error("workshop", str(error))
            return self.form_invalid(form)
        if registration.status == Registration.Status.WACHTLIJST:
            text = _("Uw werkgroep is gewijzigd. U staat op de wachtlijst, op plaats %(position)d.") % {
                "position": registration.waitlist_position
            }
        else:
            text = _("Uw werkgroep is gewijzigd: %(title)s.") % {"title": registration.workshop.title}
        messages.success(self.request, text)
        return redirect("agenda:my-registrations")
