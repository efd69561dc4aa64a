from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Every e-mail the portal sends, queued in PostgreSQL and delivered by the worker."""

    name = "portal.outbox"
    label = "outbox"
    verbose_name = _("Uitgaande e-mail")
