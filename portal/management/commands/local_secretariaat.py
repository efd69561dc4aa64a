"""Create the local-only secretariat account for development, printing its password once."""

import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from portal.links import absolute_url
from portal.permissions import SECRETARIAAT

LOCAL_EMAIL = "secretariaat@localhost"
SECOND_STEP = "  Bij uw eerste bezoek aan het beheer stelt u de tweede stap in: een app op uw telefoon voor codes.\n"


class Command(BaseCommand):
    help = "Maakt lokaal (alleen met DEBUG aan) een account voor het secretariaat."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Maak een nieuw wachtwoord.")

    def handle(self, *args, reset=False, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Dit account bestaat alleen lokaal: gebruik DJANGO_SETTINGS_MODULE=config.settings.development "
                "(make run doet dat)."
            )
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username="secretariaat-lokaal",
            defaults={"email": LOCAL_EMAIL, "first_name": "Secretariaat", "is_staff": True},
        )
        user.groups.add(Group.objects.get(name=SECRETARIAAT))
        EmailAddress.objects.update_or_create(
            user=user, email=LOCAL_EMAIL, defaults={"verified": True, "primary": True}
        )
        if created or reset:
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
            self.stdout.write(
                "\nInloggen als secretariaat (alleen lokaal):\n"
                f"  adres:      {absolute_url('/admin/')}\n"
                f"  e-mail:     {LOCAL_EMAIL}\n"
                f"  wachtwoord: {password}\n"
                "  Dit wachtwoord wordt maar één keer getoond. Nieuw wachtwoord: make secretariaat-wachtwoord\n"
                f"{SECOND_STEP}"
            )
        else:
            self.stdout.write(
                f"\nInloggen als secretariaat (alleen lokaal): {LOCAL_EMAIL} op {absolute_url('/admin/')}\n"
                "  Het wachtwoord is getoond toen het account werd gemaakt. Kwijt? make secretariaat-wachtwoord\n"
                f"{SECOND_STEP}"
            )
