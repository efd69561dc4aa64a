"""sitemap.xml: every public page, asked of each app through its own QuerySets; links from SITE_URL."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from agenda.models import Event
from alliantie.models import Document
from cooperaties.models import Cooperatie, Municipality, Province
from manifest.models import Figure, Kloof, Manifest
from nieuwsbrief.models import Edition
from publicaties.models import Publication
from uitwisseling.models import Topic
from verhalen.models import Story
from vraagaanbod.models import Posting

STATIC_PAGES = [
    "home",
    "manifest:manifest-list",
    "manifest:kloof-list",
    "cooperaties:cooperatie-list",
    "cooperaties:province-overview",
    "agenda:event-list",
    "alliantie:about",
    "alliantie:network",
    "alliantie:document-list",
    "nieuwsbrief:archive",
    "nieuwsbrief:subscribe",
    "publicaties:publication-list",
    "verhalen:story-list",
    "verhalen:story-share",
    "uitwisseling:index",
    "vraagaanbod:posting-list",
    "gemeenten:index",
    "privacy",
    "accessibility",
]


class PortalSitemap(Sitemap):
    """The same address as in mails and feeds (SITE_URL), never the host a request names."""

    limit = 5000

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"


class StaticPages(PortalSitemap):
    def items(self):
        return STATIC_PAGES

    def location(self, item):
        return reverse(item)


class PlainManifests(PortalSitemap):
    """Each manifest in plain words, where it has them."""

    def items(self):
        return Manifest.objects.published().with_plain_words().order_by("pk")

    def location(self, item):
        return item.get_plain_url()


class ProvincePages(PortalSitemap):
    """The exchange's page per province ("collectieve redzaamheid"); the whole country has none."""

    def items(self):
        return [province for province in Province.values if province != Province.LANDELIJK]

    def location(self, item):
        return reverse("uitwisseling:province", kwargs={"slug": item})


class CurrentPostings(PortalSitemap):
    """Questions and offers until their end date."""

    def items(self):
        return Posting.objects.published().current(today=timezone.localdate()).order_by("pk")


def _objects(queryset, order="pk"):
    class Objects(PortalSitemap):
        def items(self):
            return queryset.order_by(order)

    return Objects


SITEMAPS = {
    "paginas": StaticPages,
    "manifest": _objects(Manifest.objects.published()),
    "manifest-in-gewone-woorden": PlainManifests,
    "kloven": _objects(Kloof.objects.published()),
    "cijfers": _objects(Figure.objects.published().select_related("kloof")),
    "cooperaties": _objects(Cooperatie.objects.published()),
    "agenda": _objects(Event.objects.public().filter(is_example=False)),
    "documenten": _objects(Document.objects.all()),
    "nieuwsbrief": _objects(Edition.objects.published()),
    "publicaties": _objects(Publication.objects.published()),
    "verhalen": _objects(Story.objects.published()),
    "uitwisseling": _objects(Topic.objects.select_related("theme")),
    "provincies": ProvincePages,
    "vraag-en-aanbod": CurrentPostings,
    "gemeenten": _objects(Municipality.objects, order="name"),
}
