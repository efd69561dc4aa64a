"""Seed content: the four publications of the source documents 001, 002 (the review), 003 and 004.

seed_data/publicaties.toml holds what each document says about itself; the bodies are Markdown files.
A publication is created once and then belongs to the secretariat: running the seed again changes
nothing, so it never overwrites their edits. Links are looked up by slug through the other apps'
QuerySets; a slug that is missing (that app's seed did not run) is reported, not invented.
"""

import tomllib
from pathlib import Path

from agenda.models import Event
from cooperaties.models import Cooperatie
from manifest.models import Kloof

from .models import Publication

DATA = Path(__file__).resolve().parent / "seed_data"
FIELDS = ("title", "subtitle", "kind", "authors", "date", "date_text", "year", "source_note")
LINKS = {
    "kloven": lambda slugs: Kloof.objects.published().filter(slug__in=slugs),
    "cooperaties": lambda slugs: Cooperatie.objects.published().filter(slug__in=slugs),
    "events": lambda slugs: Event.objects.public().filter(slug__in=slugs),
}


def read(directory=DATA):
    with open(directory / "publicaties.toml", "rb") as file:
        entries = tomllib.load(file)["publication"]
    for entry in entries:
        entry["body"] = (directory / entry["body"]).read_text(encoding="utf-8").strip()
        entry["summary"] = " ".join(entry.get("summary", "").split())
        if entry["kind"] not in Publication.Kind.values:
            raise ValueError(f"{entry['slug']}: unknown kind {entry['kind']!r}")
    return entries


def load(*, examples=False, stdout=None):
    for entry in read():
        publication, created = Publication.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                **{field: entry[field] for field in FIELDS if field in entry},
                "summary": entry["summary"],
                "body": entry["body"],
                "status": Publication.Status.GEPUBLICEERD,
            },
        )
        if not created:
            continue
        for field, lookup in LINKS.items():
            slugs = entry.get(field, [])
            found = list(lookup(slugs))
            getattr(publication, field).set(found)
            missing = set(slugs) - {obj.slug for obj in found}
            if missing and stdout:
                stdout.write(
                    f"  publicaties: {publication.slug}: niet gevonden in {field}: {', '.join(sorted(missing))}"
                )
        if stdout:
            stdout.write(f"  publicaties: {publication.title} toegevoegd")
