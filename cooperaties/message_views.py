"""'Stuur een bericht': the public form that relays a visitor's message to a coöperatie (cooperaties/messages.py)."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView

from portal import ratelimit
from portal.public_forms import PublicFormMixin

from . import messages
from .forms import MessageForm
from .models import Cooperatie


class MessageView(PublicFormMixin, FormView):
    form_class = MessageForm
    rate_limited_errors = (messages.MessageRateLimited,)
    template_name = "cooperaties/message_form.html"

    def dispatch(self, request, *args, slug, **kwargs):
        self.cooperatie = get_object_or_404(Cooperatie.objects.published(), slug=slug)
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        # Other pages link here about something in particular (an offer, a question): ?onderwerp=…
        subject = " ".join(self.request.GET.get("onderwerp", "").split())
        max_length = MessageForm.base_fields["subject"].max_length
        return {"subject": subject[:max_length]}

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperatie=self.cooperatie, **kwargs)

    def get_success_url(self):
        return reverse("cooperaties:message-sent", kwargs={"slug": self.cooperatie.slug})

    def get_rate_limited_message(self):
        return _(
            "Er zijn in het afgelopen uur al veel berichten verstuurd met deze gegevens of vanaf uw adres. "
            "Probeer het over een uur opnieuw, of mail het secretariaat: %(email)s."
        ) % {"email": settings.SECRETARIAAT_EMAIL}

    def submit(self, form):
        data = form.cleaned_data
        messages.send_message(
            cooperatie=self.cooperatie,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            subject=data["subject"],
            body=data["message"],
            ip=ratelimit.client_ip(self.request),
        )


class MessageSentView(DetailView):
    template_name = "cooperaties/message_sent.html"
    context_object_name = "cooperatie"

    def get_queryset(self):
        return Cooperatie.objects.published()
