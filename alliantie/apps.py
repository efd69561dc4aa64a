from django.apps import AppConfig


def _dutch_boolean_icon(field_val):
    """Django's admin gives its yes/no icons alt="True"/"False" (untranslatable); a screen reader user of
    the secretariat should hear "ja" or "nee"."""
    from django.templatetags.static import static
    from django.utils.html import format_html
    from django.utils.translation import gettext

    icon, text = {True: ("yes", gettext("ja")), False: ("no", gettext("nee")), None: ("unknown", gettext("onbekend"))}[
        field_val
    ]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)


class PortalConfig(AppConfig):
    """The project package as an app, for project-wide management commands and template tags.

    It has no models; the network domain (label ``alliantie``) is the app ``alliantie.netwerk``.
    """

    name = "alliantie"
    label = "portal"
    verbose_name = "Portal"

    def ready(self):
        from django.contrib.admin.templatetags import admin_list

        admin_list._boolean_icon = _dutch_boolean_icon

        from . import page_cache

        page_cache.connect_signals()
