from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _current_postings(cooperatie):
    from django.utils import timezone

    from .models import Posting

    return list(Posting.objects.on_profile(cooperatie, today=timezone.localdate()))


class VraagaanbodConfig(AppConfig):
    name = "vraagaanbod"
    verbose_name = _("Vraag en aanbod")

    def ready(self):
        from cooperaties import profile_sections

        # The coöperatie's current questions and offers, under its profile.
        profile_sections.register(template="vraagaanbod/_profile_postings.html", items=_current_postings)
