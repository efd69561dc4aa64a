from django.db import migrations

from portal.permissions import grant_to_secretariaat, noop

# The domains of bestaanszekerheid named in the issue and seeds 001/003 (the sociale grondrechten:
# inkomen, wonen, sociale zekerheid, zorg en onderwijs), and the five dialogue themes of the
# basisdocument's schema (seed 003). Copied here, not imported, so this migration never changes.
DOMAINS = [
    ("werk", "Werk"),
    ("inkomen", "Inkomen"),
    ("wonen", "Wonen"),
    ("zorg-en-gezondheid", "Zorg en gezondheid"),
    ("onderwijs", "Onderwijs"),
    ("sociale-zekerheid", "Sociale zekerheid"),
    ("leefomgeving", "Leefomgeving"),
]
THEMES = [
    ("passende-rechtsvorm", "Passende rechtsvorm"),
    ("arbeid-en-eigenwerk", "Arbeid en eigenwerk"),
    ("lokale-economie", "Lokale economie"),
    ("collectief-worden-en-blijven", "Een collectief worden en blijven"),
    ("bestrijding-van-armoede", "Bestrijding van armoede"),
]


def add_vocabulary(apps, schema_editor):
    for model_name, rows in (("Domain", DOMAINS), ("Theme", THEMES)):
        model = apps.get_model("cooperaties", model_name)
        for position, (slug, name) in enumerate(rows):
            model.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [
        ("cooperaties", "0001_initial"),
        ("alliantie", "0002_secretariaat_group"),
    ]

    operations = [
        migrations.RunPython(add_vocabulary, noop),
        migrations.RunPython(grant_to_secretariaat("cooperaties"), noop),
    ]
