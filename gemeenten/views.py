"""A page per municipality: what the network has near it, each part read through its own app's QuerySets."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView

from agenda.models import Event
from cooperaties.models import Cooperatie, Municipality, Province
from portal import ratelimit
from portal.caching.objects import KeptObjectMixin
from portal.public_forms import PublicFormMixin
from verhalen.models import Story
from vraagaanbod.models import Posting

from . import services
from .forms import TipForm
from .models import LocalLink

# A municipal page lists what is near; the rest is one link away (the finder, the agenda, the lists).
SHOWN = 12


class MunicipalityListView(ListView):
    template_name = "gemeenten/municipality_list.html"
    context_object_name = "municipalities"

    def get_queryset(self):
        return Municipality.objects.only("name", "slug", "province").order_by("province", "name")

    def provinces(self):
        """[(province label, [municipalities])], in the order of the provinces' names."""
        grouped = {}
        for municipality in self.object_list:
            grouped.setdefault(municipality.province, []).append(municipality)
        return sorted(((Province(p).label, ms) for p, ms in grouped.items()), key=lambda pair: pair[0])


class MunicipalityDetailView(KeptObjectMixin, DetailView):
    template_name = "gemeenten/municipality_detail.html"
    context_object_name = "municipality"

    def get_queryset(self):
        return Municipality.objects

    # Each part is asked only when the template renders it (it may come from the page cache instead).
    @cached_property
    def cooperaties(self):
        near = Cooperatie.objects.published().near(self.object).for_list()
        return list(near[:SHOWN])

    def cooperaties_in_place(self):
        return [c for c in self.cooperaties if c.proximity == 0]

    def cooperaties_nearby(self):
        return [c for c in self.cooperaties if c.proximity != 0]

    def finder_url(self):
        return f"{reverse('cooperaties:cooperatie-list')}?{urlencode({'q': self.object.plain_name})}#resultaten"

    def events(self):
        today = timezone.localdate()
        return list(Event.objects.public().filter(is_example=False).near(self.object).upcoming(today)[:SHOWN])

    def stories(self):
        names = {self.object.plain_name, str(self.object.get_province_display())}
        return list(Story.objects.published().naming(*names).order_by("-published_at")[:SHOWN])

    def postings(self):
        today = timezone.localdate()
        current = Posting.objects.published().current(today=today).for_province(self.object.province)
        return list(current.for_list()[:SHOWN])

    @cached_property
    def links(self):
        return list(self.object.local_links.published())

    def missing_kinds(self):
        """What nobody told us yet for this municipality: the page asks for it."""
        known = {link.kind for link in self.links}
        wanted = (LocalLink.Kind.CLIENTENRAAD, LocalLink.Kind.ARMOEDEBELEID)
        return [str(kind.label) for kind in wanted if kind not in known]


class TipView(PublicFormMixin, FormView):
    form_class = TipForm
    template_name = "gemeenten/tip_form.html"
    rate_limited_errors = (services.TipRateLimited,)

    def dispatch(self, request, *args, slug, **kwargs):
        self.municipality = get_object_or_404(Municipality.objects, slug=slug)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipality=self.municipality, **kwargs)

    def get_success_url(self):
        return reverse("gemeenten:tip-thanks", kwargs={"slug": self.municipality.slug})

    def get_rate_limited_message(self):
        return _(
            "Er zijn in het afgelopen uur al veel tips verstuurd vanaf uw adres. Probeer het over een uur "
            "opnieuw, of mail het secretariaat: %(email)s."
        ) % {"email": settings.SECRETARIAAT_EMAIL}

    def submit(self, form):
        data = form.cleaned_data
        services.send_tip(
            municipality=self.municipality,
            kind=data["kind"],
            title=data["title"],
            url=data["url"],
            note=data["note"],
            ip=ratelimit.client_ip(self.request),
        )


class TipThanksView(TemplateView):
    template_name = "gemeenten/tip_thanks.html"

    def get_context_data(self, **kwargs):
        municipality = get_object_or_404(Municipality.objects, slug=kwargs["slug"])
        return super().get_context_data(municipality=municipality, **kwargs)
