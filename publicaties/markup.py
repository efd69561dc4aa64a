"""Markdown to HTML that is safe to show: Python-Markdown renders, nh3 (ammonia) keeps only harmless tags.

Publications are written by the secretariat, but a pasted text can still carry a <script> or an
onclick; nh3 removes what is not on the list below, so the page never shows raw HTML from a text.
"""

import markdown
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a",
    "table", "thead", "tbody", "tr", "th", "td", "hr", "abbr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}


def render_markdown(text):
    """Sanitised HTML for ``text`` in Markdown. Headings start at h2: the page's title is the h1."""
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    return mark_safe(  # noqa: S308 - nh3 has just removed everything not allowed above
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )
