"""Mijn account: my organisation link, my data, the request to be linked."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from . import services
from .forms import MembershipRequestForm, ProfileForm
from .models import Membership


def current_membership(user):
    return Membership.objects.current().filter(user=user).select_related("organisation").first()


class AccountView(LoginRequiredMixin, TemplateView):
    template_name = "alliantie/account.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(membership=current_membership(self.request.user), **kwargs)


class ProfileView(LoginRequiredMixin, FormView):
    template_name = "alliantie/profile_form.html"
    form_class = ProfileForm
    success_url = reverse_lazy("alliantie:account")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def form_valid(self, form):
        services.update_profile(
            user=self.request.user,
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
        )
        messages.success(self.request, _("Uw gegevens zijn opgeslagen."))
        return super().form_valid(form)


class MembershipRequestView(LoginRequiredMixin, FormView):
    template_name = "alliantie/membership_request.html"
    form_class = MembershipRequestForm
    success_url = reverse_lazy("alliantie:account")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and current_membership(request.user):
            messages.info(request, _("U bent al gekoppeld aan een organisatie, of uw aanvraag loopt nog."))
            return redirect("alliantie:account")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.request_membership(user=self.request.user, organisation=form.cleaned_data["organisation"])
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Uw aanvraag is verstuurd. Het secretariaat kijkt ernaar. U krijgt een e-mail als het is goedgekeurd."),
        )
        return super().form_valid(form)
