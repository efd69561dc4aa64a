"""QR codes as inline SVG, drawn here by segno: the phone's camera opens the vote, no third party involved."""

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(url, *, label, scale=4):
    """An <svg> for ``url``; ``label`` says in words where it leads (the address is printed beside it too)."""
    svg = segno.make(url, error="m").svg_inline(scale=scale, title=label)
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))  # noqa: S308 - segno's own markup, label escaped
