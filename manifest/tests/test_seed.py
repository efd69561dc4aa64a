"""The seed loads the whole 2018 manifest, with the figures exactly as the document gives them."""

import io
from decimal import Decimal

import pytest

from manifest import seed
from manifest.models import Chapter, Figure, Grondrecht, Kantelpunt, Kloof, Manifest

pytestmark = pytest.mark.django_db


def figure(kloof, label, period):
    return Figure.objects.get(kloof__slug=kloof, label=label, period=period)


def test_eight_kloven_in_the_order_of_the_manifest(seeded):
    assert list(Kloof.objects.values_list("name", flat=True)) == [
        "Inkomenskloof",
        "Vermogenskloof",
        "Opleidingskloof",
        "Gezondheidskloof",
        "Woonkloof",
        "Arbeidskloof",
        "Klimaatkloof",
        "Informatiekloof",
    ]


def test_ratio_highest_to_lowest_income_5_1_in_1977_and_8_2_in_2011(seeded):
    label = "Verschil tussen hoogste en laagste inkomensgroep"
    in_1977, in_2011 = figure("inkomenskloof", label, "1977"), figure("inkomenskloof", label, "2011")
    assert (in_1977.value, in_1977.unit, in_1977.display) == (Decimal("5.1"), "keer", "5,1 keer")
    assert (in_2011.value, in_2011.unit, in_2011.display) == (Decimal("8.2"), "keer", "8,2 keer")
    assert in_1977.series == in_2011.series
    # Footnote 1 of the manifest names the study behind the 1977-2011 figures.
    assert in_2011.source == "Wiemer Salverda" and "TPEdigitaal 2012" in in_2011.publication


def test_590_thousand_households_with_a_low_income_in_2016(seeded):
    households = figure("inkomenskloof", "Huishoudens met een laag inkomen", "2016")
    assert households.value == 590000 and households.unit == "huishoudens"
    assert households.display == "590.000 huishoudens"
    assert "590 duizend huishoudens" in households.quote


def test_gini_coefficient_0_90_in_2013(seeded):
    gini = figure("vermogenskloof", "Gini-coëfficiënt van het vermogen", "2013")
    assert gini.value == Decimal("0.90") and gini.qualifier == "circa"
    # The document writes two decimals; the site shows them both.
    assert gini.display == "circa 0,90"


def test_opleidingskloof_has_text_and_no_invented_numbers(seeded):
    kloof = Kloof.objects.get(slug="opleidingskloof")
    assert "bijles" in kloof.text
    assert not kloof.figures.exists()


def test_every_figure_has_a_unit_a_source_and_a_quote_from_its_own_kloof(seeded):
    figures = Figure.objects.select_related("kloof")
    assert figures.count() == 45
    for item in figures:
        assert item.unit and item.value is not None and item.source, item
        # The quote is the figure's own words in the manifest: it must be in the kloof's text.
        assert " ".join(item.quote.split()) in " ".join(item.kloof.text.split()), item


def test_six_grondrechten_and_seven_kantelpunten(seeded):
    manifest = Manifest.objects.get(slug=seed.MANIFEST_SLUG)
    grondrechten = list(manifest.grondrechten.values_list("title", flat=True))
    assert len(grondrechten) == 6
    assert grondrechten[0] == "Een leefbaar inkomen en effectieve schuldsanering"
    assert grondrechten[-1] == "Gezonde en duurzame leefomgeving"
    kantelpunten = list(manifest.kantelpunten.values_list("title", flat=True))
    assert len(kantelpunten) == 7
    assert kantelpunten[0] == "Van economische doeltreffendheid naar ecologische duurzaamheid"
    assert kantelpunten[-1] == "Van een versmald naar een verbreed begrip van politiek en democratie"
    assert all(text for text in manifest.kantelpunten.values_list("text", flat=True))
    assert (manifest.place, manifest.date.isoformat()) == ("Amersfoort", "2018-10-11")
    assert manifest.chapters.count() == 4


def test_seed_is_idempotent(seeded):
    counts = [model.objects.count() for model in (Manifest, Chapter, Kloof, Figure, Grondrecht, Kantelpunt)]
    seed.load(examples=True, stdout=io.StringIO())
    assert [model.objects.count() for model in (Manifest, Chapter, Kloof, Figure, Grondrecht, Kantelpunt)] == counts
