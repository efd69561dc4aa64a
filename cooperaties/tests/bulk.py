"""Generate many coöperaties quickly (bulk_create), with varied words so the database statistics
look like a real directory instead of 10,000 copies of one row."""

import importlib
import random

from django.apps import apps

from cooperaties.models import Cooperatie, Domain, LegalForm, Province, Theme

WORDS = [
    "buurt",
    "wijk",
    "samen",
    "zorg",
    "werk",
    "moestuin",
    "repair",
    "café",
    "voedsel",
    "bank",
    "fiets",
    "kring",
    "kracht",
    "huis",
    "tuin",
    "energie",
    "zon",
    "wind",
    "dorp",
    "stad",
    "markt",
    "winkel",
    "kinderen",
    "ouderen",
    "jongeren",
    "klussen",
    "delen",
    "leren",
    "koken",
    "naaien",
    "muziek",
    "atelier",
    "werkplaats",
    "hof",
    "plein",
    "brug",
    "haven",
    "molen",
    "bos",
    "veld",
]
KINDS = ["Stichting", "Vereniging", "Coöperatie", "Collectief", "Bewonersbedrijf", "Kring", "Netwerk"]
PLACES = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Arnhem",
    "Haarlem",
    "Enschede",
    "Apeldoorn",
    "Amersfoort",
    "Zwolle",
    "Leeuwarden",
    "Maastricht",
    "Dordrecht",
    "Leiden",
    "Emmen",
    "Venlo",
    "Deventer",
    "Delft",
    "Middelburg",
    "Assen",
    "Lelystad",
    "Heerlen",
]


def ensure_vocabulary():
    """The domains and themes of the data migration (browser tests flush them; --reuse-db keeps that)."""
    migration = importlib.import_module("cooperaties.migrations.0002_vocabulary_and_permissions")
    migration.add_vocabulary(apps, None)


def generate(n, *, seed=42, status=Cooperatie.Status.GEPUBLICEERD):
    ensure_vocabulary()
    rng = random.Random(seed)
    domains = list(Domain.objects.all())
    themes = list(Theme.objects.all())
    provinces = Province.values
    legal_forms = LegalForm.values
    objs = []
    for i in range(n):
        words = rng.sample(WORDS, 3)
        name = f"{rng.choice(KINDS)} {words[0].capitalize()}{words[1]} {i}"
        objs.append(
            Cooperatie(
                name=name,
                slug=f"gegenereerd-{seed}-{i}",
                summary=f"Mensen in de {words[0]} werken samen aan {words[1]} en {words[2]}.",
                description=" ".join(rng.choice(WORDS) for _ in range(40)),
                place=rng.choice(PLACES),
                province=rng.choice(provinces),
                legal_form=rng.choice(legal_forms),
                open_to_members=rng.choice([True, False, None]),
                status=status,
            )
        )
    created = Cooperatie.objects.bulk_create(objs, batch_size=2000)
    DomainLink = Cooperatie.domains.through
    ThemeLink = Cooperatie.themes.through
    DomainLink.objects.bulk_create(
        [DomainLink(cooperatie=c, domain=d) for c in created for d in rng.sample(domains, 2)], batch_size=5000
    )
    ThemeLink.objects.bulk_create(
        [ThemeLink(cooperatie=c, theme=t) for c in created for t in rng.sample(themes, 2)], batch_size=5000
    )
    return created
