from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group, with the permissions of the alliantie app's models."""

    dependencies = [
        ("alliantie", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("alliantie"), noop)]
