"""Parts of pages rendered once and remembered by this worker, for every visitor (logged in or not).

``{% pure name=value %}`` (portal/templatetags/pure.py) renders a block in a context that holds nothing but
the values passed to it, so its HTML can only depend on those values: the same values always give the same
HTML, and no change needs to reach it, a changed row simply passes other values.

``{% remember key %}`` and ``remember(key, …, content=True)`` keep a part that reads content itself (a
profile, a page of results, a form's choices) under its key and the content version of this request
(page_cache.py): any change to the content starts a new version, and the part is worked out again. Such a
part lives at most FRAGMENT_MEMO_SECONDS, as some follow the clock ("niet recent bevestigd").

The language and time zone are part of every key. Under DEBUG nothing is remembered, so an edited template
shows at once.
"""

import datetime
import pickle
import time
from decimal import Decimal

from django.conf import settings
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.safestring import SafeData

from portal import page_cache
from portal.lru import BoundedLRU

memo = BoundedLRU(lambda: settings.FRAGMENT_MEMO_BYTES)
PLAIN = (int, float, bool, type(None), Decimal, datetime.date, datetime.time)


def frozen(value):
    """A hashable copy of a plain value; anything else (a model, a QuerySet) is refused. Each part carries its
    type: 1, 1.0 and True are equal as dictionary keys, but do not render the same."""
    if isinstance(value, str):
        return ("safe" if isinstance(value, SafeData) else "str", str(value))  # the same text, escaped or not
    if isinstance(value, PLAIN):
        return (type(value).__name__, value)
    if isinstance(value, Promise):
        return ("str", str(value))
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(frozen(item) for item in value))
    if isinstance(value, dict):
        return ("map", tuple(sorted((key, frozen(item)) for key, item in value.items())))
    raise TypeError(f"a remembered part takes plain values only, not {type(value).__name__}")


def render(node_id, values, autoescape, render_fragment):
    """For {% pure %}: the block's HTML for these values."""
    key = (node_id, autoescape, tuple((name, frozen(value)) for name, value in values.items()))
    return remember(key, render_fragment)


def _size(value):
    # Worked out only when something new is kept, never on the way back.
    return len(value.encode()) if isinstance(value, str) else len(pickle.dumps(value))


def remember(key, render_fragment, *, content=False):
    """``render_fragment()``, or what it gave before for this key: HTML, or a small lookup such as a form's
    choices. ``content=True`` for a part that reads the database: see the module's text."""
    if settings.DEBUG:
        return render_fragment()
    key = (key, translation.get_language(), timezone.get_current_timezone_name())
    expires = None
    if content:
        version = page_cache.content_version()
        if version is None:  # no shared cache: nothing could tell this worker that content changed
            return render_fragment()
        key, expires = (key, version), time.monotonic() + settings.FRAGMENT_MEMO_SECONDS
    found = memo.get(key)
    if found is not None and (found[1] is None or found[1] > time.monotonic()):
        return found[0]
    value = render_fragment()
    memo.put(key, (value, expires), _size(value) + len(repr(key)))
    return value


def answers(params, names):
    """The answers of a GET form, as a key: None (nothing remembered) when the address holds anything else
    (a tracking tag, a typo), so no visitor's extra parameters end up in a part shown to another, and random
    parameters cannot push everything else out of the memory."""
    if not set(params) <= set(names):
        return None
    return frozen(sorted(params.lists()))


def form(form, params, *, owner, also=()):
    """A GET form (a list's filters) as HTML: the same answers and the same choices give the same form.
    ``owner``: the view class (django-filter makes a new form class for every request); ``also``: the other
    parameters the page knows (``page``), which do not change the form."""
    if not set(params) <= {*form.fields, *also}:
        return str(form)
    key = frozen(sorted((name, params.getlist(name)) for name in params if name in form.fields))
    return remember(("form", owner, key), form.__str__, content=True)
