from django.conf import settings
from django.core.management.base import BaseCommand

from portal import embedded_postgres


class Command(BaseCommand):
    help = "Start of stop de ingebouwde PostgreSQL-server voor ontwikkeling (var/postgres)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["start", "stop", "status"])

    def handle(self, *args, action, **options):
        if action == "start":
            embedded_postgres.start(settings.BASE_DIR)
            self.stdout.write("Ingebouwde PostgreSQL draait (var/postgres).")
        elif action == "stop":
            stopped = embedded_postgres.stop(settings.BASE_DIR)
            self.stdout.write("Ingebouwde PostgreSQL gestopt." if stopped else "Ingebouwde PostgreSQL draaide niet.")
        else:
            running = embedded_postgres.is_running(settings.BASE_DIR)
            self.stdout.write("Ingebouwde PostgreSQL draait." if running else "Ingebouwde PostgreSQL draait niet.")
