"""CBS's municipal division: which province each municipality lies in (source and year: data/BRON.md)."""

import csv
import re
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Municipality, Province
from .search import normalise

YEAR = 2025
FILE = Path(__file__).parent / "data" / f"gemeenten-{YEAR}.csv"
SOURCE = (
    "CBS, Gemeentelijke indeling op 1 januari 2025 (Gemeenten alfabetisch 2025), "
    "via NLExtract bag/db/data/gemeentelijke-indeling.xml (commit 2a97e2f)"
)
# CBS's province codes (PV20 … PV31) and the portal's provinces.
PROVINCES = {
    "PV20": Province.GRONINGEN,
    "PV21": Province.FRIESLAND,
    "PV22": Province.DRENTHE,
    "PV23": Province.OVERIJSSEL,
    "PV24": Province.FLEVOLAND,
    "PV25": Province.GELDERLAND,
    "PV26": Province.UTRECHT,
    "PV27": Province.NOORD_HOLLAND,
    "PV28": Province.ZUID_HOLLAND,
    "PV29": Province.ZEELAND,
    "PV30": Province.NOORD_BRABANT,
    "PV31": Province.LIMBURG,
}
# CBS tells same-named municipalities apart with the province: "Bergen (L.)", "Bergen (NH.)".
QUALIFIER = re.compile(r"\s*\([^)]*\)$")


def read_rows(path=FILE):
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@transaction.atomic
def load(path=FILE, year=YEAR):
    """Create or update every municipality of the file and remove those no longer in it.

    Returns (created, updated, removed); a second run returns (0, 0, 0).
    """
    existing = {m.code: m for m in Municipality.objects.all()}
    created = updated = 0
    seen = set()
    for row in read_rows(path):
        plain = QUALIFIER.sub("", row["gemeentenaam"])
        values = {
            "name": row["gemeentenaam"],
            "plain_name": plain,
            "province": PROVINCES[row["provinciecode"]].value,
            "year": year,
            "search_name": normalise(plain),
            "official_search_name": normalise(row["gemeentenaam"]),
            "slug": slugify(row["gemeentenaam"]),
        }
        seen.add(row["gemeentecode"])
        current = existing.get(row["gemeentecode"])
        if current is None:
            Municipality.objects.create(code=row["gemeentecode"], **values)
            created += 1
        elif any(getattr(current, field) != value for field, value in values.items()):
            Municipality.objects.filter(pk=current.pk).update(**values)
            updated += 1
    removed, _ = Municipality.objects.exclude(code__in=seen).delete()
    return created, updated, removed
