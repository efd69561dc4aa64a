from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DetailView, FormView, ListView, TemplateView

from alliantie.models import Membership
from portal import ratelimit
from portal.caching.objects import KeptObjectMixin
from portal.locking import Busy

from . import services
from .consent import CONSENT_TEXT
from .forms import SubscribeForm
from .models import Consent, Edition, Subscriber, section_label
from .tokens import read_confirm_token, read_unsubscribe_token

# Counted per hour, only for a filled-in form (a mistyped address does not count), per client address and
# generously: a library, a community centre or a phone carrier's shared address can sign up a room full of
# people. Someone's mailbox is protected by the service itself: one confirmation mail an hour per address,
# whoever asks, with the same answer for everyone (a limit per address here would tell who signed up before).
SUBSCRIBE_PER_CLIENT = 60
SUBSCRIBE_PERIOD = 60 * 60  # seconds


def source_of(request):
    """The page the form was filled in on: the same-site referrer, else this page."""
    referrer = urlsplit(request.META.get("HTTP_REFERER", ""))
    if referrer.netloc and referrer.netloc == request.get_host():
        return referrer.path
    return request.path


def invalid_link(request):
    return render(request, "nieuwsbrief/invalid_link.html", status=400)


def _posted_from_another_site(request):
    """What the browser says about where the form was sent from (Fetch Metadata, then Origin)."""
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return True
    origin = request.headers.get("Origin")
    ours = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    return origin is not None and origin not in ours


# No CSRF token: without one the home page, which carries this form, is the same for every visitor and can
# come from the shared cache (portal/caching/pages.py). Instead the browser's own word on where the form
# was sent from (Sec-Fetch-Site, Origin) refuses a sign-up posted by another site; and a sign-up can do no
# more than a confirmation mail that the owner must click (double opt-in), rate-limited per address.
@method_decorator(csrf_exempt, name="dispatch")
class SubscribeView(FormView):
    template_name = "nieuwsbrief/subscribe.html"
    form_class = SubscribeForm
    success_url = reverse_lazy("nieuwsbrief:subscribe-done")

    def get_context_data(self, **kwargs):
        return super().get_context_data(consent_text=CONSENT_TEXT, **kwargs)

    def post(self, request, *args, **kwargs):
        if _posted_from_another_site(request):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def _allowed(self):
        return ratelimit.allow(
            scope="nieuwsbrief-subscribe",
            who=ratelimit.client_ip(self.request),
            limit=SUBSCRIBE_PER_CLIENT,
            period=SUBSCRIBE_PERIOD,
        )

    def form_valid(self, form):
        if not form.is_bot():
            if not self._allowed():
                form.add_error(
                    None, _("Dit formulier is het afgelopen uur te vaak verstuurd. Probeer het over een uur opnieuw.")
                )
                return self.render_to_response(self.get_context_data(form=form), status=429)
            try:
                services.request_subscription(
                    email=form.cleaned_data["email"],
                    name=form.cleaned_data["name"],
                    organisation=form.cleaned_data["organisation"],
                    source=source_of(self.request),
                )
            except Busy as error:  # what they typed stays in the form
                form.add_error(None, str(error))
                return self.form_invalid(form)
        # The same answer for bots, new and known addresses: nothing to learn from it.
        return super().form_valid(form)


# Reached by a private link that names the subscriber: no browser, proxy or CDN may keep the page.
@method_decorator(never_cache, name="dispatch")
class ConfirmView(TemplateView):
    """GET only shows a button: mail scanners that open links confirm nothing."""

    template_name = "nieuwsbrief/confirm.html"

    def get(self, request, token):
        consent_id = read_confirm_token(token)
        consent = Consent.objects.filter(pk=consent_id, withdrawn_at__isnull=True).first() if consent_id else None
        if consent is None:
            return invalid_link(request)
        return self.render_to_response(self.get_context_data(already=consent.confirmed_at is not None))

    def post(self, request, token):
        consent_id = read_confirm_token(token)
        if consent_id is None or services.confirm_subscription(consent_id=consent_id) is None:
            return invalid_link(request)
        return redirect("nieuwsbrief:confirm-done")


@method_decorator(never_cache, name="dispatch")
class UnsubscribeView(TemplateView):
    template_name = "nieuwsbrief/unsubscribe.html"

    def get(self, request, token):
        subscriber_id = read_unsubscribe_token(token)
        subscriber = Subscriber.objects.filter(pk=subscriber_id).first() if subscriber_id else None
        if subscriber is None:
            return invalid_link(request)
        return self.render_to_response(self.get_context_data(subscriber=subscriber))

    def post(self, request, token):
        subscriber_id = read_unsubscribe_token(token)
        if subscriber_id is None or services.unsubscribe(subscriber_id=subscriber_id) is None:
            return invalid_link(request)
        return redirect("nieuwsbrief:unsubscribe-done")


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class OneClickUnsubscribeView(View):
    """RFC 8058: the mail client POSTs ``List-Unsubscribe=One-Click``; no cookies, no login, no CSRF token.
    The signed token in the address is the proof."""

    def get(self, request, token):
        # A person who opens the link gets the page with the button.
        return redirect("nieuwsbrief:unsubscribe", token=token)

    def post(self, request, token):
        subscriber_id = read_unsubscribe_token(token)
        if subscriber_id is None:
            return HttpResponseBadRequest("Ongeldige of verlopen afmeldlink.\n", content_type="text/plain")
        if request.POST.get("List-Unsubscribe") != "One-Click":
            return HttpResponseBadRequest("Verwacht: List-Unsubscribe=One-Click\n", content_type="text/plain")
        if services.unsubscribe(subscriber_id=subscriber_id) is None:
            return HttpResponseBadRequest("Ongeldige of verlopen afmeldlink.\n", content_type="text/plain")
        return HttpResponse("U bent afgemeld voor de nieuwsbrief.\n", content_type="text/plain; charset=utf-8")


class MySubscriptionView(LoginRequiredMixin, TemplateView):
    template_name = "nieuwsbrief/my_subscription.html"

    def get_context_data(self, **kwargs):
        subscriber = Subscriber.objects.for_email(self.request.user.email).first()
        subscribed = subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED
        return super().get_context_data(
            subscriber=subscriber, subscribed=subscribed, consent_text=CONSENT_TEXT, **kwargs
        )

    def post(self, request):
        action = request.POST.get("action")
        if action == "subscribe":
            membership = Membership.objects.approved_for(request.user)
            services.subscribe_member(
                user=request.user,
                organisation=membership.organisation.name if membership else "",
                source=request.path,
            )
            messages.success(
                request, _("U krijgt de nieuwsbrief vanaf nu op %(email)s.") % {"email": request.user.email}
            )
        elif action == "unsubscribe":
            services.unsubscribe_member(user=request.user)
            messages.success(request, _("U bent afgemeld. U krijgt de nieuwsbrief niet meer."))
        else:
            return HttpResponseBadRequest(_("Onbekende keuze."))
        return redirect(reverse("nieuwsbrief:my-subscription"))


class EditionListView(ListView):
    template_name = "nieuwsbrief/edition_list.html"
    context_object_name = "editions"
    paginate_by = 20

    def get_queryset(self):
        return Edition.objects.published().order_by("-number")


class EditionDetailView(KeptObjectMixin, DetailView):
    template_name = "nieuwsbrief/edition_detail.html"
    context_object_name = "edition"
    slug_field = "number"
    slug_url_kwarg = "number"

    def get_queryset(self):
        return Edition.objects.published().with_items()

    def get_context_data(self, **kwargs):
        items = [(item, section_label(item)) for item in self.object.items.all()]
        return super().get_context_data(items=items, **kwargs)
