"""Pages a coöperatie opens from a signed link (no account), and the visitors' correction form."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, TemplateView

from portal import ratelimit
from portal.locking import Busy
from portal.public_forms import PublicFormMixin

from . import profile_links, services
from .forms import ClosureForm, CorrectionReportForm, ProfileChangeForm
from .models import Cooperatie


@method_decorator(never_cache, name="dispatch")
class SignedLinkMixin:
    """Checks the token before anything else; a bad link gets a friendly 400 and changes nothing."""

    purpose = None

    def dispatch(self, request, *args, pk, token, **kwargs):
        # An unknown coöperatie gets the same answer as a bad link.
        cooperatie = Cooperatie.objects.filter(pk=pk).first()
        try:
            if cooperatie is None:
                raise profile_links.BadLink
            self.link_generation = profile_links.check(token, cooperatie=cooperatie, purpose=self.purpose)
        except profile_links.BadLink:
            return render(request, "cooperaties/link_invalid.html", status=400)
        # Archived coöperaties have no profile to keep.
        self.cooperatie = get_object_or_404(Cooperatie.objects.published(), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperatie=self.cooperatie, **kwargs)


class ProfileEditView(SignedLinkMixin, FormView):
    purpose = profile_links.EDIT
    form_class = ProfileChangeForm
    template_name = "cooperaties/profile_edit.html"

    def get_form_kwargs(self):
        # A fresh copy: the form writes its values onto the instance, which is never saved.
        return {**super().get_form_kwargs(), "instance": Cooperatie.objects.get(pk=self.cooperatie.pk)}

    def form_valid(self, form):
        data = {field: form.cleaned_data[field] for field in services.EDITABLE_FIELDS}
        try:
            services.request_change(
                cooperatie=self.cooperatie,
                data=data,
                note=form.cleaned_data["note"],
                link_generation=self.link_generation,
            )
        except profile_links.BadLink:  # the same link was used meanwhile (a second tab, a second person)
            return render(self.request, "cooperaties/link_invalid.html", status=400)
        except Busy as error:  # what they typed stays in the form
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("cooperaties:profile-received")


class ProfileReceivedView(TemplateView):
    template_name = "cooperaties/profile_received.html"


class ProfileConfirmView(SignedLinkMixin, TemplateView):
    """'Klopt nog': a button, not the link itself, confirms (mail scanners open links too)."""

    purpose = profile_links.CONFIRM
    template_name = "cooperaties/profile_confirm.html"

    def post(self, request, *args, **kwargs):
        services.confirm_current(cooperatie=self.cooperatie)
        return self.render_to_response(self.get_context_data(confirmed=True))


class ProfileCloseView(SignedLinkMixin, FormView):
    purpose = profile_links.CLOSE
    form_class = ClosureForm
    template_name = "cooperaties/profile_close.html"

    def form_valid(self, form):
        try:
            services.propose_closure(
                cooperatie=self.cooperatie, note=form.cleaned_data["note"], link_generation=self.link_generation
            )
        except profile_links.BadLink:
            return render(self.request, "cooperaties/link_invalid.html", status=400)
        except Busy as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("cooperaties:profile-received")


class CorrectionReportView(PublicFormMixin, FormView):
    form_class = CorrectionReportForm
    rate_limited_errors = (services.ReportRateLimited,)
    template_name = "cooperaties/report_form.html"

    def dispatch(self, request, *args, slug, **kwargs):
        self.cooperatie = get_object_or_404(Cooperatie.objects.published(), slug=slug)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperatie=self.cooperatie, **kwargs)

    def get_success_url(self):
        return reverse("cooperaties:report-thanks", kwargs={"slug": self.cooperatie.slug})

    def get_rate_limited_message(self):
        return _(
            "Vanaf uw adres zijn in het afgelopen uur al veel meldingen gedaan. Probeer het over een uur "
            "opnieuw, of mail het secretariaat: %(email)s."
        ) % {"email": settings.SECRETARIAAT_EMAIL}

    def submit(self, form):
        services.report_correction(
            cooperatie=self.cooperatie,
            message=form.cleaned_data["message"],
            contact=form.cleaned_data["contact"],
            ip=ratelimit.client_ip(self.request),
        )


class CorrectionThanksView(DetailView):
    template_name = "cooperaties/report_thanks.html"
    context_object_name = "cooperatie"

    def get_queryset(self):
        return Cooperatie.objects.published()
