"""Write one edition as an HTML file and a plain-text file for the mailing service."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nieuwsbrief.edition_export import ExportError, default_service, export_edition, newsletter_services
from nieuwsbrief.models import Edition


class Command(BaseCommand):
    help = "Exporteert een editie van de nieuwsbrief als HTML (CSS inline) en als platte tekst."

    def add_arguments(self, parser):
        parser.add_argument("number", type=int, help="Het nummer van de editie.")
        parser.add_argument("--service", default=None, help="mailchimp of laposta (bepaalt de afmeldcode).")
        parser.add_argument("--output", default=".", help="Map voor de bestanden (standaard: de huidige map).")

    def handle(self, *args, number, service, output, **options):
        service = service or default_service()
        if service not in newsletter_services():
            raise CommandError(f"Onbekende dienst '{service}'. Kies uit: {', '.join(newsletter_services())}.")
        edition = Edition.objects.filter(number=number).first()
        if edition is None:
            raise CommandError(f"Er is geen editie met nummer {number}.")
        try:
            exported = export_edition(edition, service=service)
        except ExportError as error:
            raise CommandError(str(error)) from error
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        html_path = folder / f"{exported.basename}.html"
        text_path = folder / f"{exported.basename}.txt"
        html_path.write_text(exported.html, encoding="utf-8")
        text_path.write_text(exported.text, encoding="utf-8")
        self.stdout.write(f"{html_path} ({exported.html_bytes / 1024:.1f} KB)")
        self.stdout.write(f"{text_path}")
