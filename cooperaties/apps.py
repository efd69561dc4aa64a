from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperatiesConfig(AppConfig):
    name = "cooperaties"
    verbose_name = _("Coöperaties")
