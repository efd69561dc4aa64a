"""Template helpers shared by every app: absolute links (for mails and exports)."""

from django import template
from django.urls import reverse

from portal.links import absolute_url
from portal.validators import is_safe_link

register = template.Library()


@register.simple_tag
def absolute(view_name, *args, **kwargs):
    """``{% absolute 'agenda:my-registrations' %}``: like ``{% url %}``, with the site's address in front."""
    return absolute_url(reverse(view_name, args=args, kwargs=kwargs))


@register.filter(name="absolute_url")
def absolute_url_filter(path_or_object):
    """``{{ event|absolute_url }}`` or ``{{ '/pad/'|absolute_url }}``."""
    return absolute_url(path_or_object)


@register.filter
def safe_link(value):
    """A link a person typed, for href="": web addresses and paths on this site only, else nothing."""
    return value if is_safe_link(value) else ""
