"""Highlighted snippets from ts_headline, safe to show.

PostgreSQL marks the words it found with two private-use characters that no keyboard types. The
snippet is escaped first; only then is each pair of marks turned into <mark>…</mark>, and a stray
mark (from a text that somehow contained one) is dropped, so no text can ever bring its own HTML.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

START, STOP = "\ue000", "\ue001"
_PAIR = re.compile(f"{START}([^{START}{STOP}]*){STOP}")


def render_snippet(text):
    escaped = escape(" ".join((text or "").split()))
    marked = _PAIR.sub(r"<mark>\1</mark>", escaped)
    return mark_safe(marked.replace(START, "").replace(STOP, ""))  # noqa: S308 - escaped above
