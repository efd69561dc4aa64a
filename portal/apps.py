from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class PortalConfig(AppConfig):
    """What the whole portal shares: mail and its outbox, the privacy register, page caching, links, exports,
    rate limits, the admin site and start page, backups and the project's commands. It has no models of its
    own; the outbox (label ``outbox``) is its sub-app."""

    name = "portal"
    label = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Signals connect once the models are loaded.
        from portal.caching import backends, versions

        versions.connect_signals()
        backends.leave_stores_open()


class PortalAdminConfig(admin_apps.AdminConfig):
    """Installed instead of ``django.contrib.admin``, so ``admin.site`` is the portal's own site."""

    default = False
    default_site = "portal.admin_site.PortalAdminSite"
