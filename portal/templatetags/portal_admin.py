"""Filters for the admin's own templates (templates/admin/)."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

_YES_NO_ICON = re.compile(r'(<img src="[^"]*/admin/img/icon-(?:yes|no|unknown)\.svg") alt="(True|False|None)">')


@register.filter
def dutch_yes_no(html):
    """Django's admin gives its yes/no icons alt="True"/"False", which no translation reaches; a secretary
    using a screen reader should hear "ja" or "nee"."""
    words = {"True": gettext("ja"), "False": gettext("nee"), "None": gettext("onbekend")}
    # The cell is already safe HTML; only the fixed alt value of Django's own icon is replaced.
    return mark_safe(_YES_NO_ICON.sub(lambda m: f'{m.group(1)} alt="{words[m.group(2)]}">', conditional_escape(html)))
