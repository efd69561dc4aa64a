"""Public pages for anonymous visitors from the cache, on Django's cache framework.

A page is stored only when its URL marks it ``public_page()`` and nothing personal can be in it: no
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

ALL = ("all",)  # what shows every content area (the home page)
LOCAL_MAX_BYTES = 256 * 1024


def public_page(view, *, params=(), areas=None, local="local"):
    """Marks a page as the same for every anonymous visitor, where its URL is declared (grep ``public_page(``
    for the list to audit for personal data). ``params``: the query parameters that choose what it shows;
    ``areas``: the content areas it shows, by default its app's (versions.AREAS); ``local``: the worker's store
    for its copies (every distinct search text is a page of its own: the search pages keep apart, so a
    crawler's made-up searches push out other searches only, never the hot pages)."""

    @functools.wraps(view)
    def page(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    page.public_page = (tuple(params), areas, local)
    return page


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
        return None
    return rule(request.path_info)


# Resolving costs about a third of a bare request; the hot paths are few. Bounded, so a crawler's made-up
# addresses only push each other out.
@functools.lru_cache(maxsize=4096)
def rule(path):
    """(parameters, areas, local store) of the page at ``path``, or None when it is not kept."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    found = getattr(match.func, "public_page", None)
    if found is None:
        return None
    params, areas, local = found
    return params, (versions.AREAS[match.namespace],) if areas is None else areas, local


def _keep_only(request, params):
    """Take every parameter the page does not read off the request, in one order (a repeated parameter keeps
    the order of its values: Django reads the last)."""
    kept = [(name, request.GET.getlist(name)) for name in sorted(set(request.GET) & set(params))]
    query = urlencode(kept, doseq=True)
    if query != request.META["QUERY_STRING"]:  # else parsed once, not twice
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
        page = _public_page(request)
        if page is None:
            return self.get_response(request)
        params, areas, local = page
        if request.META.get("QUERY_STRING"):
            _keep_only(request, params)
        key = _key(request, areas)
        local, shared = caches[local], caches["pages"]
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
