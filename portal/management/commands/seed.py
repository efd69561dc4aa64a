"""Load the seed content of every app from the organisation's documents. Idempotent.

Each app that has seed content offers ``<app>/seed.py`` with a function
``load(*, examples: bool, stdout)``. Running this twice changes nothing the second time.
"""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from portal.caching import versions


class Command(BaseCommand):
    help = "Laadt de inhoud uit de brondocumenten (veilig om vaker te draaien)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--examples",
            action="store_true",
            help="Ook voorbeelddata voor ontwikkeling laden (zoals een voorbeeld-Alliantiedag).",
        )

    def handle(self, *args, examples=False, **options):
        # Thousands of saves would each start a new content version; one when the seed is in does the same.
        with versions.batched():
            self.load_all(examples=examples)

    def load_all(self, *, examples):
        for app in settings.PORTAL_APPS:
            if importlib.util.find_spec(f"{app}.seed") is None:
                continue
            module = importlib.import_module(f"{app}.seed")
            with transaction.atomic():
                module.load(examples=examples, stdout=self.stdout)
            self.stdout.write(f"Seed geladen: {app.rsplit('.', 1)[-1]}")
