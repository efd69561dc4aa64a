"""Absolute links to the portal, the same in mails, exports, feeds and structured data."""

from django.conf import settings


def absolute_url(path_or_object=""):
    """SITE_URL plus a path, or plus an object's ``get_absolute_url()``; never the request's host,
    which a visitor controls and which differs between a proxy and the web process."""
    path = path_or_object if isinstance(path_or_object, str) else path_or_object.get_absolute_url()
    return settings.SITE_URL.rstrip("/") + path
