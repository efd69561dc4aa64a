"""Fetch the newest CBS figure for every linked figure now (the weekly job, by hand)."""

from django.core.management.base import BaseCommand

from manifest import cbs_services
from manifest.models import CbsLink


class Command(BaseCommand):
    help = "Haalt voor elk cijfer met een koppeling met CBS het nieuwste cijfer op. Het wacht daarna op controle."

    def handle(self, *args, **options):
        for link in CbsLink.objects.select_related("figure"):
            observation = cbs_services.fetch_newest(link=link)
            if observation is None:
                self.stdout.write(f"{link.figure.label}: mislukt. {link.last_error}")
            else:
                self.stdout.write(
                    f"{link.figure.label}: {observation.display} ({observation.period}), "
                    f"{observation.get_status_display().lower()}"
                )
