from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The project package as an app, for project-wide management commands and template tags.

    It has no models; the network domain (label ``alliantie``) is the app ``alliantie.netwerk``.
    """

    name = "alliantie"
    label = "portal"
    verbose_name = "Portal"
