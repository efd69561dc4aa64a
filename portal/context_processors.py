import uuid
from functools import cache

from django.conf import settings
from django.urls import reverse

from portal.caching import versions

# The main menu's pages: the header marks the one a visitor is on (aria-current).
NAV = (
    "manifest:manifest-list",
    "manifest:kloof-list",
    "cooperaties:cooperatie-list",
    "agenda:event-list",
    "alliantie:about",
)


@cache
def _nav_paths():
    return frozenset(reverse(name) for name in NAV)


def site(request):
    # Only a menu page's own path: the header is then rendered once per menu page, not once per address.
    current = request.path if request.path in _nav_paths() else ""
    return {"organisation": settings.ORGANISATION, "nav_current": current}


def fragment_cache(request):
    """What ``{% cache fragment_seconds name … versions.<area> %}`` needs: the content versions read at the
    start of the request (portal/caching/versions.py). Where the page cache's middleware did not run (an
    error page rendered early) the request gets versions of its own, so no part is reused that a change could
    not reach."""
    content_versions = getattr(request, "content_versions", None)
    if content_versions is None:
        content_versions = dict.fromkeys([*versions.ALL, "all"], uuid.uuid4().hex)
    return {"versions": content_versions, "fragment_seconds": settings.FRAGMENT_SECONDS}
