"""Render the manifest's plain text: a blank line between paragraphs, '## ' before a subheading."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def paragraphs(text, heading_level=3):
    blocks = [block.strip() for block in (text or "").split("\n\n") if block.strip()]
    html = []
    for block in blocks:
        if block.startswith("## "):
            html.append(format_html("<h{0}>{1}</h{0}>", int(heading_level), block[3:]))
        else:
            html.append(format_html("<p>{}</p>", block))
    return mark_safe("\n".join(html))


@register.filter
def first_paragraph(text):
    return (text or "").split("\n\n", 1)[0]
