from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group decides on change requests and corrections, and looks up municipalities."""

    dependencies = [
        ("cooperaties", "0006_directory_upkeep"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("cooperaties"), noop)]
