from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Zet een backup terug in een lege database en lege uploadmappen, en controleert alles."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Het backupbestand (.tar) van `manage.py backup`.")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["rows"].values())
        self.stdout.write(
            f"Teruggezet en gecontroleerd: {len(manifest['rows'])} tabellen, {rows} rijen, "
            f"{len(manifest['files'])} bestanden."
        )
