from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    dependencies = [
        ("gemeenten", "0001_initial"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("gemeenten"), noop)]
