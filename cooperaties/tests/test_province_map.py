import re

import pytest
from django.urls import reverse

from cooperaties.models import Cooperatie, Province
from cooperaties.province_map import SHADES, province_tiles

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db


def test_every_province_gets_one_tile_in_its_own_place():
    tiles = province_tiles({})
    assert sorted(t["label"] for t in tiles) == sorted(p.label for p in Province if p != Province.LANDELIJK)
    assert len({(t["x"], t["y"]) for t in tiles}) == 12


def test_more_cooperaties_give_a_darker_tile_and_the_count_is_written():
    tiles = {t["label"]: t for t in province_tiles({"utrecht": 4, "limburg": 1})}
    assert tiles["Utrecht"]["count"] == 4 and tiles["Utrecht"]["fill"] == SHADES[-1]
    assert tiles["Limburg"]["fill"] not in (SHADES[0], SHADES[-1])
    assert tiles["Zeeland"]["fill"] == SHADES[0]


def test_overview_page_shows_map_with_text_alternative_and_table(client):
    CooperatieFactory(province=Province.UTRECHT, status=Cooperatie.Status.GEPUBLICEERD)
    CooperatieFactory(province=Province.UTRECHT, status=Cooperatie.Status.VOORGESTELD)
    html = client.get(reverse("cooperaties:province-overview")).content.decode()
    assert 'role="img"' in html and '<title id="kaart-titel">' in html and '<desc id="kaart-uitleg">' in html
    # Only the published one counts, on the map as in the table.
    utrecht_tile = re.search(r">Utrecht</text>\s*<text[^>]*>(\d+)</text>", html)
    assert utrecht_tile and utrecht_tile.group(1) == "1"
