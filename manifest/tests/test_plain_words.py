"""The manifest in plain words: seeded from in-gewone-woorden.toml, every part linked to the passage it retells."""

import re
import shutil
from html.parser import HTMLParser

import pytest
from django.core.cache import caches

from manifest import seed
from manifest.models import Grondrecht, Kantelpunt, Manifest
from manifest.tests.factories import ManifestFactory

pytestmark = pytest.mark.django_db

PLAIN = f"/manifest/{seed.MANIFEST_SLUG}/in-gewone-woorden/"
FULL = f"/manifest/{seed.MANIFEST_SLUG}/"


class Anchors(HTMLParser):
    """The ids on a page, and the links (href) on it."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.links = set(), []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def plain_texts():
    data = seed.read()
    points = [item for kind in ("chapters", "grondrechten", "kantelpunten") for item in data[kind]]
    return data, [data["manifest"]["plain_summary"], *(point["plain_text"] for point in points)]


def test_the_seed_gives_every_grondrecht_and_kantelpunt_a_plain_title_and_text(seeded):
    manifest = Manifest.objects.get(slug=seed.MANIFEST_SLUG)
    assert manifest.plain_summary.startswith("De Sociale Alliantie is een open netwerk")
    for model, count in ((Grondrecht, 6), (Kantelpunt, 7)):
        points = model.objects.filter(manifest=manifest)
        assert points.count() == count
        assert all(point.plain_title and point.plain_text for point in points)
    assert Kantelpunt.objects.get(order=3).plain_title == "Mensen hebben elkaar nodig"


def test_loading_the_seed_again_changes_nothing(seeded):
    before = list(Grondrecht.objects.values_list("pk", "plain_title", "plain_text"))
    seed.write(seed.read())
    assert list(Grondrecht.objects.values_list("pk", "plain_title", "plain_text")) == before


def test_a_plain_part_beside_the_wrong_passage_is_refused(tmp_path):
    # `of` names the passage a part retells: swapping two parts would put a text beside the wrong grondrecht.
    shutil.copytree(seed.DATA, tmp_path / "data")
    path = tmp_path / "data" / "in-gewone-woorden.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('of = "Goed en zeker werk"', 'of = "Goed werk"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="grondrechten"):
        seed.read(tmp_path / "data")


def test_the_plain_words_say_no_number_the_manifest_does_not(seeded):
    # Written only from the manifest: every number in the plain words is in the manifest's own text (or is
    # the year it was written).
    data, texts = plain_texts()
    originals = " ".join(
        [data["manifest"]["summary"]]
        + [item["text"] for kind in ("chapters", "grondrechten", "kantelpunten") for item in data[kind]]
    )
    allowed = set(re.findall(r"\d+", originals)) | {str(data["manifest"]["date"].year)}
    assert set(re.findall(r"\d+", " ".join(texts))) <= allowed


def test_the_plain_words_are_short_sentences():
    # Taalniveau B1: on average about ten words a sentence, none longer than twenty.
    _, texts = plain_texts()
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?:])\s+", " ".join(text.split())) if s]
    lengths = [len(sentence.split()) for sentence in sentences]
    assert sum(lengths) / len(lengths) <= 12
    assert max(lengths) <= 20, max(zip(lengths, sentences, strict=True))


def test_six_grondrechten_and_seven_kantelpunten_each_link_to_a_passage_that_exists(client, seeded):
    html = client.get(PLAIN).content.decode()
    full = Anchors(client.get(FULL).content.decode())
    passages = [link.split("#", 1)[1] for link in Anchors(html).links if link.startswith(FULL + "#")]
    assert sorted(p for p in passages if p.startswith("grondrecht-")) == [f"grondrecht-{n}" for n in range(1, 7)]
    assert sorted(p for p in passages if p.startswith("kantelpunt-")) == [f"kantelpunt-{n}" for n in range(1, 8)]
    assert {"samenvatting", "hoofdstuk-1", "hoofdstuk-2", "hoofdstuk-3", "hoofdstuk-4"} <= set(passages)
    assert set(passages) <= full.ids
    assert html.count('class="plain-point"') == 13
    assert "6. Een gezonde en duurzame leefomgeving" in html
    assert "7. Politiek en democratie zijn van iedereen" in html
    # The link names the original, so a reader knows where it leads.
    assert "In het manifest: 2. Van de ongelijkheid van gelijken naar de gelijkheid van ongelijken" in html


def test_the_overview_jumps_to_every_part_on_the_page(client, seeded):
    page = Anchors(client.get(PLAIN).content.decode())
    jumps = [link[1:] for link in page.links if link.startswith("#") and link != "#inhoud"]  # not the skip link
    assert len(jumps) == 1 + 4 + 6 + 7
    assert set(jumps) <= page.ids


def test_the_manifest_and_the_kloven_lead_to_the_plain_words(client, seeded):
    for path in (FULL, "/kloven/", "/manifest/"):
        assert f'href="{PLAIN}"' in client.get(path).content.decode(), path


def test_a_manifest_without_plain_words_has_no_such_page_and_no_link(client):
    manifest = ManifestFactory()
    assert client.get(f"/manifest/{manifest.slug}/in-gewone-woorden/").status_code == 404
    assert "in-gewone-woorden" not in client.get(manifest.get_absolute_url()).content.decode()


def test_the_plain_page_asks_one_query_for_the_manifest_and_one_per_kind(client, seeded, django_assert_num_queries):
    client.get(PLAIN)  # the content versions, read once
    caches["template_fragments"].clear()  # the manifest's row is kept too (portal/caching/objects.py)
    with django_assert_num_queries(4):
        assert client.get(PLAIN).status_code == 200
