from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The secretariat links figures to CBS and checks what comes back."""

    dependencies = [
        ("manifest", "0009_cbs_figures"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [migrations.RunPython(grant_to_secretariaat("manifest"), noop)]
