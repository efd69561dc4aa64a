"""Dataset markup that search engines accept: licence, creator with url, coverage and downloads."""

import json
import re

import pytest

from manifest.models import Figure, Kloof

pytestmark = pytest.mark.django_db

RECOMMENDED = {"license", "creator", "spatialCoverage", "temporalCoverage", "distribution", "includedInDataCatalog"}


def structured(client, url):
    html = client.get(url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_every_figure_page_has_a_complete_dataset(client, seeded):
    for figure in Figure.objects.published().select_related("kloof"):
        data = structured(client, figure.get_absolute_url())
        missing = (
            {"name", "description", *RECOMMENDED} - set(data) - ({"temporalCoverage"} if not figure.period else set())
        )
        assert missing == set(), (figure.pk, missing)
        assert data["creator"]["url"] and len(data["description"]) >= 50
        assert {item["encodingFormat"] for item in data["distribution"]} == {"text/csv", "application/json"}


def test_a_kloof_page_describes_its_figures_as_a_dataset(client, seeded):
    kloof = Kloof.objects.get(slug="inkomenskloof")
    data = structured(client, kloof.get_absolute_url())
    assert data["@type"] == "Dataset" and set(data) >= RECOMMENDED
    assert len(data["hasPart"]) == kloof.figures.count()


def test_the_licence_is_stated_on_the_page(client, seeded):
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert 'rel="license">CC BY 4.0</a>' in html
