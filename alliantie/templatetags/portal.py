"""Template helpers shared by every app: absolute links (for mails and exports)."""

from django import template
from django.urls import reverse

from alliantie.links import absolute_url

register = template.Library()


@register.simple_tag
def absolute(view_name, *args, **kwargs):
    """``{% absolute 'agenda:my-registrations' %}``: like ``{% url %}``, with the site's address in front."""
    return absolute_url(reverse(view_name, args=args, kwargs=kwargs))


@register.filter(name="absolute_url")
def absolute_url_filter(path_or_object):
    """``{{ event|absolute_url }}`` or ``{{ '/pad/'|absolute_url }}``."""
    return absolute_url(path_or_object)
