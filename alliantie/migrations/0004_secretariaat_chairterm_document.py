from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group also manages chair terms and documents."""

    dependencies = [
        ("alliantie", "0003_chairterm_document"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("alliantie"), noop)]
