"""Public pages for anonymous visitors from the shared cache, invalidated whenever content changes.

A page is stored only when it is listed in ``PUBLIC_PAGES`` (by URL name, with the query parameters that
choose what it shows) and nothing personal can be in it: the request carries no session or messages cookie,
the page used no CSRF token and set no cookie, and every query parameter is one the page lists. Any other
parameter (a tracking tag, a typo) keeps the page out of the cache rather than storing a variant per tag.
One version key stands for all content: any save or delete of a portal model bumps it, so the next
anonymous visitor sees the change. A stored page lives at most ``PAGE_CACHE_SECONDS`` even without a
change, since some pages follow the clock ("upcoming" events, the kloof of the day).

Each worker also keeps its own copies of the pages it served last (``PAGE_CACHE_LOCAL_BYTES``) and trusts its
copy of the version key for ``PAGE_CACHE_LOCAL_SECONDS``: a hit then costs no round trip at all. A change
made in this worker shows at once; one made in another worker or host within that second. Staff are logged
in and never get a cached page; remembered parts of pages (fragments.py) follow the same version, so on
another worker they too may lag that second.
"""

import contextlib
import contextvars
import hashlib
import logging
import threading
import time
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

from portal.lru import BoundedLRU

logger = logging.getLogger(__name__)
VERSION_KEY = "page-cache:version"
# Part of every page's key: raised when what is stored changes shape (a stored page is a pickle that names
# this module; version 2 since it moved from alliantie/ to portal/), so a deploy never unpickles old entries.
STORED_FORMAT = 2
# Rows that never show on a public page: their writes (a login saving last_login, a newsletter sign-up, a
# vote, a correction report) must not empty the cache. Anything not listed here empties it when saved.
NEVER_SHOWN = {
    "alliantie.User",
    "alliantie.Membership",
    "outbox.OutgoingMail",
    "cooperaties.ChangeRequest",
    "cooperaties.CorrectionReport",
    "agenda.WorkshopPreference",
    "agenda.VoteCode",
    "agenda.Sticker",
    "nieuwsbrief.Subscriber",
    "nieuwsbrief.Consent",
}

# The pages that are the same for every anonymous visitor; the one list to audit for personal data.
PUBLIC_PAGES = {
    "home": (),
    "privacy": (),
    "accessibility": (),
    "robots": (),
    "sitemap": (),
    "manifest:manifest-list": (),
    "manifest:manifest-detail": (),
    "manifest:kloof-list": (),
    "manifest:kloof-detail": (),
    "manifest:figure-detail": (),
    "manifest:figures-csv": (),
    "manifest:figures-json": (),
    "manifest:kloof-csv": (),
    "manifest:kloof-json": (),
    "cooperaties:cooperatie-list": ("q", "province", "domain", "theme", "legal_form", "open", "page"),
    "cooperaties:province-overview": (),
    "cooperaties:cooperatie-detail": (),
    "cooperaties:export-csv": (),
    "cooperaties:export-json": (),
    "cooperaties:export-essglobal": (),
    "cooperaties:murmurations-profile": (),
    "agenda:event-list": ("kind", "region"),
    "agenda:event-detail": (),
    "agenda:feed": (),
    "agenda:region-feed": (),
    "agenda:event-ics": (),
    # Public only once the secretariat published them; before that an anonymous visitor gets a 404 (not kept).
    "agenda:vote-results": (),
    "agenda:vote-year": (),
    "alliantie:about": (),
    "alliantie:network": ("sector",),
    "alliantie:document-list": ("kind", "year", "page"),
    "alliantie:document-detail": (),
    "nieuwsbrief:archive": ("page",),
    "nieuwsbrief:edition-detail": (),
    "nieuwsbrief:subscribe-done": (),
    "publicaties:publication-list": ("soort",),
    "publicaties:publication-detail": (),
    "verhalen:story-list": ("page",),
    "verhalen:story-detail": (),
    # Anonymous visitors only ever find public content, so a search is the same for each of them.
    "zoeken:search": ("q", "soort"),
}


class _Local:
    """This worker's view of the shared cache: the content version, and copies of the pages it served."""

    def __init__(self):
        self.pages = BoundedLRU(lambda: settings.PAGE_CACHE_LOCAL_BYTES)
        self.lock = threading.Lock()  # runserver and the live-server tests serve from threads
        self.forget()

    def forget(self):
        with self.lock:
            self.version, self.version_read_at, self.changes = None, float("-inf"), 0
        self.pages.forget()

    def set_version(self, version):
        with self.lock:
            self.version, self.version_read_at, self.changes = version, time.monotonic(), self.changes + 1

    def current_version(self):
        """None while the shared cache does not answer: nothing is then served or kept. That is found out
        once per PAGE_CACHE_LOCAL_SECONDS, not once per page or part (a Redis that is down is slow to say so)."""
        with self.lock:
            if time.monotonic() - self.version_read_at < settings.PAGE_CACHE_LOCAL_SECONDS:
                return self.version
            changes = self.changes
        try:
            version = cache.get(VERSION_KEY)
            if version is None:  # a new or emptied cache: start a version, so no older copy can match it
                cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
                version = cache.get(VERSION_KEY)
        except Exception:
            logger.warning("Page cache unavailable: pages and parts of pages are rendered anew", exc_info=True)
            version = None
        with self.lock:
            if self.changes != changes:
                return self.version  # this worker changed content while the cache was asked: that is newer
            self.version, self.version_read_at, self.changes = version, time.monotonic(), changes + 1
            return version

    def get(self, key, version):
        stored = _current(self.pages.get(key), version)
        if stored is None:
            self.pages.drop(key)
        return stored

    def put(self, key, stored):
        self.pages.put(key, stored, len(stored.content))


local = _Local()
_NOT_IN_A_REQUEST = object()
# Taken by the middleware before the view reads anything: a part remembered in this request is kept under
# the version that was current before its rows were read, so a change made meanwhile is never hidden.
_request_version = contextvars.ContextVar("page_cache_request_version", default=_NOT_IN_A_REQUEST)


def content_version():
    """The version of everything the public pages show (changes with every save), or None without a cache."""
    version = _request_version.get()
    return local.current_version() if version is _NOT_IN_A_REQUEST else version


class StoredPage:
    """A page as kept in the caches: its bytes and headers, never the response object served with it."""

    __slots__ = ("version", "expires", "headers", "content")

    def __init__(self, version, expires, headers, content):
        self.version, self.expires, self.headers, self.content = version, expires, headers, content

    def __getstate__(self):
        return (self.version, self.expires, self.headers, self.content)

    def __setstate__(self, state):
        self.version, self.expires, self.headers, self.content = state

    @classmethod
    def of(cls, response, version):
        headers = list(response.items())
        return cls(version, time.time() + settings.PAGE_CACHE_SECONDS, headers, response.content)

    def response(self):
        # A new object each time: Django's handler attaches the request's closers to the response it serves.
        response = HttpResponse(self.content, headers=self.headers)
        response["X-Page-Cache"] = "hit"
        return response


def _current(stored, version):
    # Anything else under the key (a copy from an older release of this code, say) is simply not used.
    if isinstance(stored, StoredPage) and stored.version == version and stored.expires >= time.time():
        return stored
    return None


# True while a bulk load (the seed) saves thousands of rows: one bump when it ends stands for all of them.
_paused = contextvars.ContextVar("page_cache_paused", default=False)


@contextlib.contextmanager
def paused():
    """Hold back the bumps of the saves made inside the block; one bump (now and after commit) when it ends."""
    token = _paused.set(True)
    try:
        yield
    finally:
        # Also when the block fails: what it committed before the failure must show.
        _paused.reset(token)
        bump_now_and_after_commit()


def bump(**_):
    if _paused.get():
        return
    version = uuid.uuid4().hex
    local.set_version(version)
    try:
        cache.set(VERSION_KEY, version, timeout=None)
    except Exception:
        # A save must never fail because the cache is down. What the cache kept from before is not served
        # while it is down, and at most PAGE_CACHE_SECONDS (FRAGMENT_MEMO_SECONDS) once it is back.
        logger.warning("Page cache unavailable; content version not changed", exc_info=True)


def bump_now_and_after_commit():
    """For a service that changes what public pages show without a save signal (``.update()``). Now, so the
    writer's own next request sees the change; after commit too, so a page or part rendered from the old rows
    by another request in between (with Redis the new version is seen before the commit) is not kept."""
    if _paused.get():
        return
    bump()
    transaction.on_commit(bump)


def _changed(sender, **kwargs):
    bump_now_and_after_commit()


def connect_signals():
    labels = {apps.get_containing_app_config(name).label for name in settings.PORTAL_APPS}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in labels and model._meta.label not in NEVER_SHOWN:
            uid = f"page-cache:{model._meta.label}"
            post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}:save")
            post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}:delete")
            # Auto-created models are the through tables of many-to-many fields (a coöperatie's themes).
            if model._meta.auto_created:
                m2m_changed.connect(_changed, sender=model, dispatch_uid=f"{uid}:m2m")


def _key(request):
    # The scheme too: a plain-HTTP request must reach the HTTPS redirect, never an HTTPS page. Parameters
    # in any order, but a repeated one keeps the order of its values (Django reads the last one). The
    # release: after a deploy no page that names the old static files is served.
    query = repr(sorted(request.GET.lists()))
    raw = f"{settings.PORTAL_RELEASE}|{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"page-cache:page:{STORED_FORMAT}:" + hashlib.sha256(raw.encode()).hexdigest()


def _may_serve(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path_info.startswith(settings.PAGE_CACHE_PRIVATE_PREFIXES)
        and not request.path_info.startswith((settings.STATIC_URL, settings.MEDIA_URL))
    )


def _may_store(request, response):
    match = getattr(request, "resolver_match", None)
    allowed = PUBLIC_PAGES.get(match.view_name) if match else None
    return (
        allowed is not None
        and response.status_code == 200
        and not response.streaming
        # A page with a CSRF token sets the CSRF cookie; any cookie at all may be personal.
        and not response.cookies
        and set(request.GET) <= set(allowed)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version = local.current_version()
        token = _request_version.set(version)
        try:
            return self.respond(request, version)
        finally:
            _request_version.reset(token)

    def respond(self, request, version):
        if version is None or not _may_serve(request):
            return self.get_response(request)
        key = _key(request)
        try:
            stored = local.get(key, version)
            if stored is None:
                stored = _current(cache.get(key), version)
                if stored is not None:
                    local.put(key, stored)
        except Exception:  # a cache that is down (Redis, say) costs speed, never the page
            logger.warning("Page cache unavailable; rendering %s", request.path, exc_info=True)
            return self.get_response(request)
        if stored is not None:
            response = stored.response()
            # What ConditionalGetMiddleware does for a rendered page: 304 when the browser has this version.
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        response = self.get_response(request)
        if _may_store(request, response):
            # Browsers and a CDN in front may reuse the page briefly and revalidate cheaply with the ETag.
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
                stale_while_revalidate=settings.PAGE_CACHE_BROWSER_SECONDS * 5,
            )
            set_response_etag(response)
            # The version read before rendering: if content changed meanwhile, this copy is never served.
            stored = StoredPage.of(response, version)
            try:
                cache.set(key, stored, timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache unavailable; %s not stored", request.path, exc_info=True)
            else:
                local.put(key, stored)
            response["X-Page-Cache"] = "miss"
        return response
