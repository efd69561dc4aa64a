from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UitwisselingConfig(AppConfig):
    name = "uitwisseling"
    verbose_name = _("Uitwisseling")

    def ready(self):
        from cooperaties import profile_sections

        from .models import Answer

        # The coöperatie's own published answers, on its public profile.
        profile_sections.register(template="uitwisseling/profile_section.html", items=Answer.objects.on_profile)
