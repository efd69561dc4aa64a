"""Structured data (schema.org JSON-LD) for a page's <script type="application/ld+json">."""

import json

from django.utils.safestring import mark_safe

# No text in the data may close the script element or open a comment in it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """``data`` as JSON, safe to place between <script type="application/ld+json"> and </script>."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_ESCAPES))
