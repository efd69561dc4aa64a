from functools import cache

from django.conf import settings
from django.urls import reverse

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
