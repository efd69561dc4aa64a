"""Public pages: the manifest, the kloven, figure pages, and their query counts."""

import json
import re

import pytest

from manifest import seed
from manifest.models import Figure
from manifest.tests.factories import FigureFactory, KloofFactory, ManifestFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def test_manifest_page_has_chapters_kloven_grondrechten_and_kantelpunten(client, seeded):
    assert seed.MANIFEST_SLUG in client.get("/manifest/").content.decode()
    html = client.get(f"/manifest/{seed.MANIFEST_SLUG}/").content.decode()
    assert "<h1>Voor meer kwaliteit van leven</h1>" in html
    for heading in [
        "II Herstel van sociale grondrechten",
        "Informatiekloof",
        "6. Gezonde en duurzame leefomgeving",
        "7. Van een versmald naar een verbreed begrip van politiek en democratie",
        "Drie soorten mensenrechten",
    ]:
        assert heading in html
    # The one script the page ships is the read-aloud button's (no inline script, nothing from elsewhere).
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/lees-voor.js" defer>']


def test_kloof_list_shows_one_card_per_kloof_with_its_key_figure(client, seeded):
    html = client.get("/kloven/").content.decode()
    assert html.count('class="card"') == 8
    assert "8,2 keer" in html and "ongeveer 780.000 huishoudens" in html
    assert "geen cijfers" in html  # the Opleidingskloof


def test_kloof_page_has_chart_table_and_source_with_dutch_numbers(client, seeded):
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert html.count('<section class="chart"') == html.count("<table") == 5
    assert "van 5,1 keer zo veel in 1977 naar 8,2 keer zo veel in 2011" in html  # the chart's message
    assert "2011: <strong>8,2 keer</strong>" in html  # the bar's own text, not inside the SVG
    assert '<td class="num">590.000</td>' in html
    assert "Wiemer Salverda" in html and "TPEdigitaal 2012" in html
    figure = Figure.objects.get(label="Huishoudens met een laag inkomen")
    assert f'id="cijfer-{figure.pk}"' in html and figure.get_absolute_url() in html


def test_figure_page_has_schema_org_dataset(client, seeded):
    figure = Figure.objects.get(label__startswith="Gini")
    html = client.get(f"/kloven/vermogenskloof/cijfers/{figure.pk}/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Dataset" and data["temporalCoverage"] == "2013"
    assert data["variableMeasured"]["value"] == 0.9
    assert data["url"].endswith(figure.get_absolute_url())
    assert "circa 0,90" in html


def test_figure_page_of_another_kloof_is_404(client, seeded):
    figure = Figure.objects.get(label__startswith="Gini")
    assert client.get(f"/kloven/inkomenskloof/cijfers/{figure.pk}/").status_code == 404


@pytest.mark.parametrize("url", ["/kloven/bestaat-niet/", "/manifest/bestaat-niet/"])
def test_unknown_slug_is_404_in_site_layout(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html and "Postbus 2758" in html


def test_unpublished_manifest_and_its_kloven_are_hidden(client):
    kloof = KloofFactory(manifest=ManifestFactory(published=False))
    assert client.get(kloof.get_absolute_url()).status_code == 404
    assert kloof.name not in client.get("/kloven/").content.decode()


def kloof_with_figures(count):
    kloof = KloofFactory()
    series = SeriesFactory(kloof=kloof)
    for index in range(count):
        FigureFactory(kloof=kloof, series=series if index % 2 else None)
    return kloof


def test_kloof_page_query_count_does_not_grow_with_figures(client, django_assert_num_queries):
    small, large = kloof_with_figures(5), kloof_with_figures(50)
    # The kloof, its manifest (read by the kept parts only, so a kept page does not join it), its figures
    # with their series, the links to the other kloven, and the published stories about it
    # (verhalen/_kloof_stories.html): 5 queries.
    with django_assert_num_queries(5):
        assert client.get(small.get_absolute_url()).content.decode().count(' id="cijfer-') == 5
    with django_assert_num_queries(5):
        assert client.get(large.get_absolute_url()).content.decode().count(' id="cijfer-') == 50


def test_kloof_list_query_count_does_not_grow_with_kloven(client, django_assert_num_queries):
    manifest = ManifestFactory()
    for _ in range(3):
        FigureFactory(kloof=KloofFactory(manifest=manifest), highlighted=True)
    with django_assert_num_queries(2):
        client.get("/kloven/")
    for _ in range(20):
        FigureFactory(kloof=KloofFactory(manifest=manifest), highlighted=True)
    with django_assert_num_queries(2):
        assert client.get("/kloven/").content.decode().count('class="card"') == 23
