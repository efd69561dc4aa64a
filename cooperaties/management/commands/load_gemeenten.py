from django.core.management.base import BaseCommand

from cooperaties import municipalities


class Command(BaseCommand):
    help = "Laadt de gemeenten en hun provincie (CBS-indeling) uit cooperaties/data/. Veilig om vaker te draaien."

    def handle(self, *args, **options):
        created, updated, removed = municipalities.load()
        self.stdout.write(
            f"  gemeenten {municipalities.YEAR} ({municipalities.SOURCE}): "
            f"{created} nieuw, {updated} bijgewerkt, {removed} verwijderd"
        )
