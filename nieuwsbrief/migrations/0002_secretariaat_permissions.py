from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group may manage subscribers and editions."""

    dependencies = [
        ("nieuwsbrief", "0001_initial"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("nieuwsbrief"), noop)]
