"""Public pages for anonymous visitors from the cache, on Django's cache framework.

A page is stored only when its URL name is listed in ``PUBLIC_PAGES`` and nothing personal can be in it: no
session or messages cookie came with the request, and the page set no cookie (a page that used a CSRF token
sets one). Only the parameters a page lists reach its view; any other (a tracking tag, a typo) is taken off
the request first, so it neither makes a variant nor switches the cache off. The key names the release and
the versions of the content areas the page shows (versions.py): a change in the agenda leaves the kloof
pages where they are. A page lives at most ``PAGE_CACHE_SECONDS`` even without a change, since some follow
the clock. Each worker keeps its own copies in ``local`` (bounded by entries; pages over LOCAL_MAX_BYTES stay
in the shared store only; search results in a small store of their own), before the shared ``pages`` store.
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import urlencode

from portal.caching import versions

ALL = versions.ALL
LOCAL_MAX_BYTES = 256 * 1024
# The pages that are the same for every anonymous visitor (the one list to audit for personal data): their
# URL name, the query parameters that choose what they show, and the content areas they show.
PUBLIC_PAGES = {
    "home": ((), ALL),
    "privacy": ((), ()),
    "accessibility": ((), ()),
    "robots": ((), ()),
    "sitemap": ((), ALL),
    **{
        f"manifest:{name}": ((), ("manifest", "publicaties"))  # a kloof page shows its stories
        for name in (
            "manifest-list",
            "manifest-detail",
            "manifest-plain",
            "kloof-list",
            "kloof-detail",
            "figure-detail",
            "figures-csv",
            "figures-json",
            "kloof-csv",
            "kloof-json",
            # The SVG and PNG of a chart; its embed page is not kept, since it sends its own frame policy.
            "chart-svg",
            "chart-png",
        )
    },
    "cooperaties:cooperatie-list": (
        ("q", "province", "domain", "theme", "legal_form", "open", "page"),
        ("cooperaties",),
    ),
    **{
        f"cooperaties:{name}": ((), ("cooperaties",))
        for name in (
            "province-overview",
            "cooperatie-detail",
            "message-sent",
            "export-csv",
            "export-json",
            "export-essglobal",
            "murmurations-profile",
        )
    },
    "agenda:event-list": (("kind", "region"), ("agenda",)),
    **{
        f"agenda:{name}": ((), ("agenda",))
        for name in ("event-detail", "feed", "region-feed", "event-ics", "paper-form")
    },
    # Public only once the secretariat published them; before that an anonymous visitor gets a 404 (not kept).
    "agenda:vote-results": ((), ("agenda",)),
    "agenda:vote-year": ((), ("agenda",)),
    "alliantie:about": ((), ("netwerk",)),
    "alliantie:network": (("sector",), ("netwerk",)),
    "alliantie:document-list": (("kind", "year", "page"), ("netwerk",)),
    "alliantie:document-detail": ((), ("netwerk",)),
    "nieuwsbrief:archive": (("page",), ("nieuwsbrief",)),
    "nieuwsbrief:edition-detail": ((), ("nieuwsbrief",)),
    "nieuwsbrief:subscribe-done": ((), ()),
    "publicaties:publication-list": (("soort",), ALL),
    "publicaties:publication-detail": ((), ALL),
    "verhalen:story-list": (("page",), ("publicaties", "manifest")),
    "verhalen:story-detail": ((), ("publicaties", "manifest")),
    "vraagaanbod:posting-list": (("soort", "onderwerp", "provincie", "page"), ("cooperaties",)),
    **{
        f"vraagaanbod:{name}": ((), ("cooperaties",))
        for name in ("posting-detail", "feed", "theme-feed", "province-feed", "murmurations-profile")
    },
    "uitwisseling:index": ((), ("cooperaties",)),
    "uitwisseling:topic": ((), ("cooperaties",)),
    "uitwisseling:province": ((), ("cooperaties", "agenda")),
    "gemeenten:index": ((), ("cooperaties",)),
    # Coöperaties, tips and postings (cooperaties), events (agenda), stories (publicaties).
    "gemeenten:detail": ((), ("cooperaties", "agenda", "publicaties")),
    "gemeenten:tip-thanks": ((), ("cooperaties",)),
    # Anonymous visitors only ever find public content, so a search is the same for each of them.
    "zoeken:search": (("q", "soort"), ALL),
}
# Every distinct search text is a page of its own: a worker keeps its copies of those in a small store apart,
# so a crawler's made-up searches push out other searches only, never the hot pages.
LOCAL_STORE = {"zoeken:search": "local_search"}


@functools.cache
def release():
    """What the deploy is: PORTAL_RELEASE, or the hash of the static files' manifest, which changes with every
    changed file, so a page naming files of the previous release is never served."""
    manifest = Path(settings.STATIC_ROOT or "", "staticfiles.json")
    if settings.PORTAL_RELEASE or not manifest.is_file():
        return settings.PORTAL_RELEASE
    return hashlib.sha256(manifest.read_bytes()).hexdigest()[:16]


def _public_page(request):
    if not (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path_info.startswith(settings.PAGE_CACHE_PRIVATE_PREFIXES)
    ):
        return None, None
    name = _view_name(request.path_info)
    return name, PUBLIC_PAGES.get(name)


# Resolving costs about a third of a bare request; the hot paths are few. Bounded, so a crawler's made-up
# addresses only push each other out.
@functools.lru_cache(maxsize=4096)
def _view_name(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def _keep_only(request, params):
    """Take every parameter the page does not read off the request, in one order (a repeated parameter keeps
    the order of its values: Django reads the last)."""
    kept = [(name, request.GET.getlist(name)) for name in sorted(set(request.GET) & set(params))]
    query = urlencode(kept, doseq=True)
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


def _key(request, areas):
    # Not Django's learn_cache_key(): the pages vary on Cookie (the session is read), which would split
    # anonymous visitors by their CSRF cookie; a request with a session or messages cookie is never served.
    # The host as sent: a host not allowed gets a 400 from the view, which is never stored.
    content = "|".join(request.content_versions[area] for area in areas)
    address = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.path}?{request.META['QUERY_STRING']}"
    return "page:" + hashlib.blake2b(f"{release()}|{content}|{address}".encode(), digest_size=16).hexdigest()


_FILES = (settings.STATIC_URL, settings.MEDIA_URL)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Read once, before the view reads any row: a part kept in this request is kept under the versions
        # that were current before its rows were read, so a change made meanwhile is never hidden. A file
        # (static, media) renders no page and needs none.
        if not request.path.startswith(_FILES):
            request.content_versions = versions.current()
        name, page = _public_page(request)
        if page is None:
            return self.get_response(request)
        if request.META.get("QUERY_STRING"):
            _keep_only(request, page[0])
        key = _key(request, page[1])
        local, shared = caches[LOCAL_STORE.get(name, "local")], caches["pages"]
        response = local.get(key)
        if response is None:
            response = shared.get(key)
            if response is not None and len(response.content) <= LOCAL_MAX_BYTES:
                local.set(key, response, settings.PAGE_CACHE_SECONDS)
        if response is not None:
            if "HTTP_IF_NONE_MATCH" not in request.META:
                return response
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            # Browsers and a CDN in front may reuse the page briefly and revalidate cheaply with the ETag.
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
                stale_while_revalidate=settings.PAGE_CACHE_BROWSER_SECONDS * 5,
            )
            set_response_etag(response)
            response["X-Page-Cache"] = "hit"  # as the copies will say
            shared.set(key, response, settings.PAGE_CACHE_SECONDS)
            if len(response.content) <= LOCAL_MAX_BYTES:
                local.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
