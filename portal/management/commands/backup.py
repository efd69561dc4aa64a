from django.conf import settings
from django.core.management.base import BaseCommand

from portal.backup import make_backup


class Command(BaseCommand):
    help = "Maakt één backup: de database, beide uploadmappen en een controlelijst (manifest.json)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(settings.BASE_DIR / "var" / "backups"), help="Map voor de backup.")

    def handle(self, *args, output, **options):
        archive = make_backup(output)
        self.stdout.write(f"Backup gemaakt: {archive}")
