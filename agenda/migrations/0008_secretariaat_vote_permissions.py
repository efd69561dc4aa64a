from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop


class Migration(migrations.Migration):
    """The Secretariaat group also runs the votes, the preferences and the year summaries."""

    dependencies = [("agenda", "0007_vote_allocation_reports")]

    operations = [migrations.RunPython(grant_to_secretariaat("agenda"), noop)]
