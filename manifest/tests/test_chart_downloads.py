"""Charts to take along: an SVG and a PNG with the title, the values, the source and the licence inside, and
an embed page that other sites may frame while every other page refuses to be framed."""

import struct
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from manifest.models import Series
from portal.tests import vnu

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def income_chart(seeded):
    return Series.objects.get(kloof__slug="inkomenskloof", title__startswith="Verandering van het reële inkomen")


def test_the_svg_is_an_image_with_its_title_dutch_values_source_and_licence(client, income_chart):
    response = client.get(reverse("manifest:chart-svg", args=["inkomenskloof", income_chart.pk]))
    root = ET.fromstring(response.content)
    texts = [element.text for element in root.iter(f"{SVG}text")]
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert root.find(f"{SVG}title").text.startswith("Verandering van het reële inkomen, 1977-2011")
    assert "laagste 10%: −30%" in texts
    assert any(text.startswith("Bron: Wiemer Salverda") for text in texts)
    assert "CC BY 4.0 · Sociale Alliantie" in texts


def test_the_png_is_a_png_wide_enough_for_a_flyer(client, income_chart):
    response = client.get(reverse("manifest:chart-png", args=["inkomenskloof", income_chart.pk]))
    content = response.content
    width, height = struct.unpack(">II", content[16:24])
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    assert (width, height > 400) == (1200, True)
    assert 'filename="inkomenskloof-verandering-van-het-reele-inkomen-1977-2011.png"' in response["Content-Disposition"]


def test_only_the_embed_page_may_be_framed(client, income_chart):
    embed = client.get(reverse("manifest:chart-embed", args=["inkomenskloof", income_chart.pk]))
    page = client.get("/kloven/inkomenskloof/")
    assert "frame-ancestors *" in embed["Content-Security-Policy"] and "X-Frame-Options" not in embed
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"] and page["X-Frame-Options"] == "DENY"


def test_the_kloof_page_offers_the_downloads_and_the_code_to_copy(client, income_chart):
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert f"/kloven/inkomenskloof/grafiek/{income_chart.pk}.png" in html
    assert f'&lt;iframe src="http://127.0.0.1:8000/kloven/inkomenskloof/grafiek/{income_chart.pk}/insluiten/' in html


def test_a_chart_of_another_kloof_or_none_is_not_found(client, income_chart):
    assert client.get(reverse("manifest:chart-svg", args=["woonkloof", income_chart.pk])).status_code == 404
    assert client.get(reverse("manifest:chart-png", args=["inkomenskloof", 999999])).status_code == 404


def test_the_embed_page_asks_the_same_number_of_queries_for_any_chart(client, income_chart, django_assert_num_queries):
    other = Series.objects.filter(kloof__slug="inkomenskloof").exclude(pk=income_chart.pk).first()
    url = reverse("manifest:chart-embed", args=["inkomenskloof", income_chart.pk])
    client.get(url)
    with django_assert_num_queries(3):
        client.get(url)
    with django_assert_num_queries(3):
        client.get(reverse("manifest:chart-embed", args=["inkomenskloof", other.pk]))


@pytest.mark.vnu
@pytest.mark.skipif(not vnu.java(), reason="no Java found for the W3C Nu HTML Checker (install a JRE)")
def test_the_embed_page_passes_the_nu_html_checker(client, income_chart):
    html = client.get(reverse("manifest:chart-embed", args=["inkomenskloof", income_chart.pk])).content.decode()
    assert vnu.errors({"insluiten": html}) == []
