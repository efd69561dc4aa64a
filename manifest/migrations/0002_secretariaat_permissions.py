from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group may add, change and delete the manifests, kloven and figures."""

    dependencies = [
        ("manifest", "0001_initial"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("manifest"), noop)]
