from django.conf import settings
from django.core.management.base import BaseCommand

from alliantie.embedded_postgres import stop


class Command(BaseCommand):
    help = "Stopt de ingebouwde PostgreSQL-server (var/postgres)."

    def handle(self, *args, **options):
        stop(settings.BASE_DIR)
        self.stdout.write("Ingebouwde PostgreSQL gestopt.")
