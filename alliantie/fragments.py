"""Rendered template fragments remembered by the values they are made from (``{% pure %}``).

A fragment is rendered in a context that holds nothing but the values the template passes to it, so its
HTML can only depend on those values (and on the language and time zone, which are part of the key). The
same values then always give the same HTML, and this worker renders it once: no invalidation is needed,
a changed row simply passes other values. Under DEBUG nothing is remembered, so an edited template shows.
"""

import datetime
import time
from decimal import Decimal

from django.conf import settings
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.safestring import SafeData

from .lru import BoundedLRU

memo = BoundedLRU(lambda: settings.FRAGMENT_MEMO_BYTES)
PLAIN = (str, int, float, bool, type(None), Decimal, datetime.date, datetime.time)


def frozen(value):
    """A hashable copy of a plain value; anything else (a model, a QuerySet) is refused."""
    if isinstance(value, str):
        return ("safe" if isinstance(value, SafeData) else "str", value)  # the same text, escaped or not
    if isinstance(value, PLAIN):
        return value
    if isinstance(value, Promise):
        return ("str", str(value))
    if isinstance(value, (list, tuple)):
        return tuple(frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, frozen(item)) for key, item in value.items()))
    raise TypeError(f"{{% pure %}} takes plain values only, not {type(value).__name__}")


def render(node_id, values, autoescape, render_fragment):
    """For {% pure %}: the block's HTML for these values."""
    return remember(
        (node_id, autoescape, tuple((name, frozen(value)) for name, value in values.items())), render_fragment
    )


def remember(key, render_fragment, *, content=False):
    """``render_fragment()``, or what it gave before for this key (HTML, or a small lookup such as a form's
    choices). ``content=True`` for a fragment that also
    reads the database (a form's choices, say): it is then remembered until content changes (page_cache), and
    at most FRAGMENT_MEMO_SECONDS, as some parts follow the clock ("niet recent bevestigd")."""
    if settings.DEBUG:
        return render_fragment()
    key = (key, translation.get_language(), timezone.get_current_timezone_name())
    expires = None
    if content:
        from .page_cache import content_version

        version = content_version()
        if version is None:
            return render_fragment()
        key, expires = (key, version), time.monotonic() + settings.FRAGMENT_MEMO_SECONDS
    found = memo.get(key)
    if found is not None and (found[1] is None or found[1] > time.monotonic()):
        return found[0]
    html = render_fragment()
    size = len(html) if isinstance(html, str) else len(repr(html))
    memo.put(key, (html, expires), size + len(repr(key)))
    return html


def form(form, params):
    """A GET form (a list's filters) as HTML: the same answers and the same choices give the same form."""
    key = ("form", type(form).__module__, type(form).__qualname__, frozen(sorted(params.lists())))
    return remember(key, form.__str__, content=True)
