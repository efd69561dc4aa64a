from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.privacy import apply_retention


class Command(BaseCommand):
    help = "Wist of anonimiseert persoonsgegevens waarvan de bewaartermijn voorbij is (de worker doet dit elke nacht)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets veranderen.")

    def handle(self, *args, dry_run=False, **options):
        verb = "zou veranderen" if dry_run else "veranderd"
        for rule, count in apply_retention(now=timezone.now(), dry_run=dry_run):
            self.stdout.write(f"{rule.key:<16} {count:>6} rij(en) {verb}")
