"""Site-wide views: the home page, the health check, public uploads and the error pages."""

import mimetypes
import sys
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import SuspiciousFileOperation
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import timezone
from django.utils._os import safe_join
from django.utils.functional import cached_property
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from agenda.models import Event
from cooperaties.models import Cooperatie
from manifest.models import Kloof
from nieuwsbrief.consent import CONSENT_TEXT
from nieuwsbrief.forms import SubscribeForm
from portal import privacy
from portal.links import absolute_url
from portal.locking import Busy

# Public uploads are pictures (coöperatie images, organisation logos). SVG is left out: it can carry script.
PUBLIC_MEDIA_TYPES = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
RETRY_AFTER_SECONDS = 120


class HomeView(TemplateView):
    """What is going on: the next Alliantiedag, one kloof, the newest coöperaties, and how to take part.

    Each part is asked of its own app's QuerySet; the page costs the same few queries however much there is.
    """

    template_name = "home.html"
    NEWEST_COOPERATIES = 3

    # Asked only when the template's kept part is not there yet ({% cache %} in home.html): the
    # template reads them as view.… and a QuerySet not read costs no query.
    @cached_property
    def today(self):
        return timezone.localdate()

    @cached_property
    def next_alliantiedag(self):
        return Event.objects.public().upcoming(self.today).filter(kind=Event.Kind.ALLIANTIEDAG).with_related().first()

    @cached_property
    def kloof(self):
        """A different kloof each day, the same one all day long."""
        kloven = [kloof for kloof in Kloof.objects.published().with_key_figure() if kloof.key_figures]
        return kloven[self.today.toordinal() % len(kloven)] if kloven else None

    def newest_cooperaties(self):
        return Cooperatie.objects.newest().only("name", "slug", "place", "summary")[: self.NEWEST_COOPERATIES]

    def subscribe_form(self):
        # Made only when its kept part is rendered: Django copies every field of a form for each form it makes.
        return SubscribeForm(auto_id="nieuwsbrief-%s")

    def get_context_data(self, **kwargs):
        return super().get_context_data(today=self.today, consent_text=CONSENT_TEXT, **kwargs)


def favicon(request):
    """Browsers and the admin ask for /favicon.ico themselves. Resolved per request: the hashed name
    exists only once collectstatic has run."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sitemap_url=absolute_url("/sitemap.xml"), **kwargs)


class PrivacyView(TemplateView):
    """The privacy statement, made from the register in the code so that it cannot drift from it."""

    template_name = "privacy.html"

    def get_context_data(self, **kwargs):
        shortest, longest = privacy.shortest_and_longest()
        return super().get_context_data(
            entries=privacy.register(),
            other_rules=privacy.rules_without_a_model(),
            updated=privacy.STATEMENT_UPDATED,
            shortest=shortest,
            longest=longest,
            **kwargs,
        )


class AccessibilityView(TemplateView):
    template_name = "accessibility.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(updated=privacy.ACCESSIBILITY_UPDATED, **kwargs)


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not (for load balancers). A shared page store that does
    not answer is reported, but as degraded: the site works without it, only slower."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    pages = caches["pages"]
    pages.get("healthz")  # asks the store, unless it failed within the last seconds
    if not getattr(pages, "available", True):
        return HttpResponse("ok\ncache degraded: pages are rendered anew\n", content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def public_media(request, path):
    """A public upload, also with DEBUG off; private documents never live under MEDIA_ROOT."""
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as error:  # a path outside MEDIA_ROOT
        raise Http404 from error
    if full_path.suffix.lower() not in PUBLIC_MEDIA_TYPES or not full_path.is_file():
        raise Http404
    response = FileResponse(full_path.open("rb"), content_type=mimetypes.guess_type(full_path.name)[0])
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def server_error(request):
    """A 500, except when the database cannot be reached or a lock was not granted in time: then a 503 that
    says so, with Retry-After."""
    error = sys.exc_info()[1]
    if isinstance(error, (Busy, OperationalError, InterfaceError)):
        context = {"posted": request.method == "POST", "busy": isinstance(error, Busy)}
        html = render_to_string("503.html", context)
        response = HttpResponse(html, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(render_to_string("500.html"), status=500)
