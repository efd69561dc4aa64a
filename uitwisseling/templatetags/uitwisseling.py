from django import template

from uitwisseling.views import provinces

register = template.Library()


@register.simple_tag
def exchange_provinces():
    """The twelve provinces as (slug, name), for links to their exchange pages from other apps' templates."""
    return provinces()
