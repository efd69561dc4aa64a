"""Write the subscribers as CSV for Laposta or Mailchimp, with progress on stderr."""

import sys

from django.core.management.base import BaseCommand
from django.db import transaction

from nieuwsbrief import subscriber_export

PROGRESS_EVERY = 10_000


class Command(BaseCommand):
    help = (
        "Exporteert de abonnees als CSV (kolommen voor Laposta en Mailchimp). Standaard alle ingeschreven en "
        "afgemelde adressen met een kolom Status; de dienst moet afgemelde adressen blokkeren."
    )

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=sorted(subscriber_export.SELECTIONS), default="all")
        parser.add_argument("--dienst", dest="service", choices=sorted(subscriber_export.FORMATS), default="mailchimp")
        parser.add_argument("--output", "-o", help="Bestand om naar te schrijven (standaard: stdout).")

    def handle(self, *args, status, output, service, **options):
        total = subscriber_export.count(status)
        self.stderr.write(f"{total} abonnees te exporteren ({status}).")

        def progress(count):
            if count % PROGRESS_EVERY == 0 or count == total:
                self.stderr.write(f"  {count}/{total}")

        # One transaction: the server-side cursor behind iterator() sees one consistent snapshot.
        with transaction.atomic():
            if output:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    handle.writelines(subscriber_export.csv_lines(status, service=service, on_row=progress))
            else:
                sys.stdout.writelines(subscriber_export.csv_lines(status, service=service, on_row=progress))
                sys.stdout.flush()
        self.stderr.write(self.style.SUCCESS(f"Klaar: {output or 'stdout'}"))
