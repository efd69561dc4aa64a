"""Highlighted snippets from ts_headline, safe to show.

PostgreSQL marks the words it found with two private-use characters that no keyboard types. The
snippet is escaped first; only then is each pair of marks turned into <mark>…</mark>, and a stray
mark (from a text that somehow contained one) is dropped, so no text can ever bring its own HTML. Markdown's
marks are taken out first: a snippet is a line of plain words.
"""

import re

from django.contrib.postgres.search import SearchConfig
from django.db.models import Func, TextField, Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cooperaties.search import SEARCH_CONFIG

START, STOP = "\ue000", "\ue001"
# ts_headline's options, written once: Django's SearchHeadline quotes each option through a new client-side
# cursor for every query it compiles, which cost more than the query itself for the small kinds.
OPTIONS = f"StartSel='{START}', StopSel='{STOP}', MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=' … '"
_PAIR = re.compile(f"{START}([^{START}{STOP}]*){STOP}")


def headline(text, query):
    """The words of ``query`` marked in ``text``, in at most two fragments of a sentence or so."""
    options = Value(OPTIONS, output_field=TextField())
    return Func(SearchConfig(SEARCH_CONFIG), text, query, options, function="ts_headline", output_field=TextField())


# Texts are written in Markdown; a snippet is plain words. A fragment may cut a link off after its address.
_MARKDOWN = (
    (re.compile(r"\[([^\]]*)\]\([^)\s]*\)?"), r"\1"),  # [words](address): the words
    (re.compile(r"(?:^|(?<=\s))(?:#{1,6}|>)(?=\s)"), ""),  # heading and quote marks
    (re.compile(r"\*+|_{2,}|`+"), ""),  # emphasis, list and code marks
)


def render_snippet(text):
    text = text or ""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    escaped = escape(" ".join(text.split()))
    marked = _PAIR.sub(r"<mark>\1</mark>", escaped)
    return mark_safe(marked.replace(START, "").replace(STOP, ""))  # noqa: S308 - escaped above
