from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _current_postings(cooperatie):
    from django.utils import timezone

    from .models import Posting

    # A QuerySet, read only if the part is not kept already (cooperaties/profile_sections.py).
    return Posting.objects.on_profile(cooperatie, today=timezone.localdate())


def _province_postings(province):
    from django.utils import timezone

    from .models import Posting

    postings = Posting.objects.published().current(today=timezone.localdate()).for_province(province)
    return postings.for_list()[:PROVINCE_PAGE_POSTINGS]


PROVINCE_PAGE_POSTINGS = 10


class VraagaanbodConfig(AppConfig):
    name = "vraagaanbod"
    verbose_name = _("Vraag en aanbod")

    def ready(self):
        from cooperaties import profile_sections

        # The coöperatie's current questions and offers, under its profile.
        profile_sections.register(template="vraagaanbod/_profile_postings.html", items=_current_postings)
        from uitwisseling import province_sections

        # The newest questions and offers for the province (and the whole country) on its exchange page.
        province_sections.register(template="vraagaanbod/_province_postings.html", items=_province_postings)
