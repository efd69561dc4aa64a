"""Seed content: the whole 2018 manifest "Voor meer kwaliteit van leven" (seed document 000).

The content lives in seed_data/ (its README describes the files): TOML for the structure and the figures,
text files for the prose. ``read()`` turns the files into plain data without touching the database, ``write()``
stores that data. Idempotent: natural keys with update_or_create.
"""

import tomllib
from decimal import Decimal
from pathlib import Path

from .models import Chapter, Figure, Grondrecht, Kantelpunt, Kloof, Manifest, Series

DATA = Path(__file__).resolve().parent / "seed_data"

# (required keys, optional keys)
PLAIN_KEYS = ({"of", "title", "text"}, set())
KLOOF_KEYS = ({"name", "slug", "order", "summary", "text"}, {"note", "series", "figures"})
FIGURE_KEYS = (
    {"label", "value", "unit", "quote", "source"},
    {"period", "series", "group", "qualifier", "note", "highlighted", "change"},
)


def read_toml(path):
    with open(path, "rb") as file:
        return tomllib.load(file)


MANIFEST_SLUG = read_toml(DATA / "manifest.toml")["slug"]


def parse_value(text):
    """'0,90' → (Decimal('0.90'), 2): the number and the decimals the document writes."""
    decimal = Decimal(text.replace(",", "."))
    decimals = len(text.split(",", 1)[1]) if "," in text else None
    return decimal, decimals


def check_keys(table, keys, where):
    # A misspelt optional key (highlight, notes) would otherwise be dropped without a word.
    required, optional = keys
    if missing := required - set(table):
        raise ValueError(f"{where}: missing {sorted(missing)}.")
    if unknown := set(table) - required - optional:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}; allowed are {sorted(required | optional)}.")


def choice(choices, value, where):
    if value not in choices.values:
        raise ValueError(f"{where}: {value!r} is not one of {choices.values}.")
    return choices(value)


def read(directory=DATA):
    """The seed files as plain data: the models' field values, in the order the manifest gives them."""

    def text(name):
        # Each file ends with a newline that the stored text does not have.
        return (directory / name).read_text(encoding="utf-8").removesuffix("\n")

    manifest = read_toml(directory / "manifest.toml")
    sources = read_toml(directory / "sources.toml")
    kloven = []
    for path in sorted(directory.glob("kloven/*.toml")):
        kloven.append(read_toml(path))
        check_keys(kloven[-1], KLOOF_KEYS, f"kloven/{path.name}")
    kloven.sort(key=lambda kloof: kloof["order"])
    if [kloof["order"] for kloof in kloven] != list(range(1, len(kloven) + 1)):
        raise ValueError(f"The kloven need the orders 1 to {len(kloven)}, once each.")
    plain = read_toml(directory / "in-gewone-woorden.toml")
    chapters = [
        {
            "number": item["number"],
            "title": item["title"],
            "text": text(item["text"]),
            "shows": choice(Chapter.Shows, item["shows"], f"chapter {item['number']}"),
        }
        for item in manifest["chapters"]
    ]
    grondrechten = [{"title": item["title"], "text": text(item["text"])} for item in manifest["grondrechten"]]
    kantelpunten = [{"title": item["title"], "text": text(item["text"])} for item in manifest["kantelpunten"]]
    for kind, originals in (("chapters", chapters), ("grondrechten", grondrechten), ("kantelpunten", kantelpunten)):
        add_plain_words(originals, plain.get(kind, []), kind)
    return {
        "manifest": {
            "slug": manifest["slug"],
            "title": manifest["title"],
            "subtitle": manifest["subtitle"],
            "place": manifest["place"],
            "date": manifest["date"],
            "summary": text(manifest["summary"]),
            "plain_summary": plain_text(plain.get("summary", "")),
            "published": manifest["published"],
        },
        "chapters": chapters,
        "grondrechten": grondrechten,
        "kantelpunten": kantelpunten,
        "kloven": [read_kloof(kloof, text, sources) for kloof in kloven],
    }


def plain_text(text):
    # A TOML multi-line string starts and ends with a line break that is not part of the text.
    return text.strip("\n")


def add_plain_words(originals, retold, kind):
    """Put each plain-words part beside the passage it retells; `of` must be that passage's title, in order."""
    for number, item in enumerate(retold, start=1):
        check_keys(item, PLAIN_KEYS, f"in-gewone-woorden.toml, {kind} {number}")
    if [item["of"] for item in retold] != [original["title"] for original in originals][: len(retold)]:
        raise ValueError(
            f"in-gewone-woorden.toml, {kind}: `of` must name the titles of manifest.toml in their order, "
            f"{[original['title'] for original in originals]}."
        )
    for original, item in zip(originals, retold, strict=False):
        original.update(plain_title=item["title"], plain_text=plain_text(item["text"]))


def read_kloof(kloof, text, sources):
    series = {
        key: {"title": chart["title"], "message": chart["message"]} for key, chart in kloof.get("series", {}).items()
    }
    figures = []
    for item in kloof.get("figures", []):
        where = f"{kloof['slug']}, figure {item.get('label')!r}"
        check_keys(item, FIGURE_KEYS, where)
        if "series" in item and item["series"] not in series:
            raise ValueError(f"{where}: no series {item['series']!r} in this kloof.")
        if item["source"] not in sources:
            raise ValueError(f"{where}: no source {item['source']!r} in sources.toml.")
        source = sources[item["source"]]
        if not isinstance(item["value"], str):
            # A TOML number is a float: 0.90 would lose its second decimal, 33.3 its exactness.
            raise ValueError(f'{where}: write the value as a string, such as "8,2".')
        value, decimals = parse_value(item["value"])
        figures.append(
            {
                "label": item["label"],
                "period": item.get("period", ""),
                "value": value,
                "decimals": decimals,
                "unit": choice(Figure.Unit, item["unit"], where),
                "qualifier": choice(Figure.Qualifier, item.get("qualifier", ""), where),
                "series": item.get("series"),
                "group": item.get("group", ""),
                "source": source["source"],
                "publication": source["publication"],
                "quote": item["quote"],
                # A figure's own note says more than its source's general one, so it replaces it.
                "note": item.get("note") or source.get("note", ""),
                "highlighted": item.get("highlighted", False),
                "is_change": item.get("change", False),
            }
        )
    return {
        "slug": kloof["slug"],
        "name": kloof["name"],
        "order": kloof["order"],
        "summary": kloof["summary"],
        "text": text(kloof["text"]),
        "note": text(kloof["note"]) if "note" in kloof else "",
        "series": series,
        "figures": figures,
    }


def write(data):
    """Store what read() returns."""
    fields = dict(data["manifest"])
    manifest, _ = Manifest.objects.update_or_create(slug=fields.pop("slug"), defaults=fields)
    for order, chapter in enumerate(data["chapters"], start=1):
        Chapter.objects.update_or_create(manifest=manifest, order=order, defaults=chapter)
    for model, points in ((Grondrecht, data["grondrechten"]), (Kantelpunt, data["kantelpunten"])):
        for order, point in enumerate(points, start=1):
            model.objects.update_or_create(manifest=manifest, order=order, defaults=point)

    for item in data["kloven"]:
        fields = {key: value for key, value in item.items() if key not in ("slug", "series", "figures")}
        kloof, _ = Kloof.objects.update_or_create(slug=item["slug"], defaults={"manifest": manifest, **fields})
        series = {}
        for key, chart in item["series"].items():
            series[key], _ = Series.objects.update_or_create(
                kloof=kloof, title=chart["title"], defaults={"message": chart["message"]}
            )
        for order, figure in enumerate(item["figures"], start=1):
            fields = {key: value for key, value in figure.items() if key not in ("label", "period")}
            Figure.objects.update_or_create(
                kloof=kloof,
                label=figure["label"],
                period=figure["period"],
                defaults={**fields, "order": order, "series": series.get(figure["series"])},
            )


def load(*, examples: bool, stdout) -> None:
    data = read()
    write(data)
    figures = sum(len(kloof["figures"]) for kloof in data["kloven"])
    stdout.write(
        f"Manifest: {len(data['kloven'])} kloven, {figures} cijfers, "
        f"{len(data['grondrechten'])} grondrechten, {len(data['kantelpunten'])} kantelpunten."
    )
