from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group reads the messages visitors send and marks them handled."""

    dependencies = [
        ("cooperaties", "0011_message_and_phone"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("cooperaties"), noop)]
