import json
import re

import pytest
from django.urls import reverse

from publicaties.markup import render_markdown
from publicaties.models import Publication

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db
ARCHIVE = reverse("publicaties:publication-list")


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_archive_groups_by_year_and_filters_by_kind(client):
    PublicationFactory(title="Verslag van 2012", kind="verslag", year=2012)
    PublicationFactory(title="Artikel van 2017", kind="artikel", year=2017)
    PublicationFactory(title="Zonder jaar", kind="recensie")
    PublicationFactory(title="Nog een concept", status=Publication.Status.CONCEPT, year=2017)

    html = client.get(ARCHIVE).content.decode()
    assert html.index(">2017</h2>") < html.index("Artikel van 2017") < html.index(">2012</h2>")
    assert html.index("Verslag van 2012") < html.index("Jaar onbekend") < html.index("Zonder jaar")
    assert "Nog een concept" not in html

    html = client.get(ARCHIVE, {"soort": "verslag"}).content.decode()
    assert "Verslag van 2012" in html and "Artikel van 2017" not in html


def test_archive_takes_one_query_however_many_publications(client, django_assert_num_queries):
    PublicationFactory.create_batch(3)
    with django_assert_num_queries(1):
        client.get(ARCHIVE)
    PublicationFactory.create_batch(30, kind="verslag")
    with django_assert_num_queries(1):
        response = client.get(ARCHIVE)
    assert response.content.decode().count('class="card"') == 33


def test_detail_page_has_article_json_ld_with_the_authors_and_date(client):
    publication = PublicationFactory(
        title="Genadebrood", kind="recensie", authors="Hub Crijns, directeur van landelijk bureau DISK", year=2015
    )
    data = json_ld(client.get(publication.get_absolute_url()).content.decode())
    assert data["@type"] == "Review"
    assert data["headline"] == "Genadebrood"
    assert data["author"] == [{"@type": "Person", "name": "Hub Crijns"}]
    assert data["datePublished"] == "2015"

    two = PublicationFactory(authors="Nicole Estejé en Raf Janssen", kind="artikel")
    data = json_ld(client.get(two.get_absolute_url()).content.decode())
    assert data["@type"] == "Article"
    assert [a["name"] for a in data["author"]] == ["Nicole Estejé", "Raf Janssen"]


def test_a_draft_has_no_public_page(client):
    draft = PublicationFactory(status=Publication.Status.CONCEPT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_markdown_is_rendered_and_whatever_html_it_holds_is_made_harmless(client):
    publication = PublicationFactory(
        body="## Kop\n\nTekst met *nadruk* en [een link](https://example.org).\n\n"
        '<script>alert("x")</script><img src=x onerror=alert(1)>'
        '<a href="javascript:alert(1)">klik</a> <p onclick="alert(1)">alinea</p>'
    )
    html = client.get(publication.get_absolute_url()).content.decode()
    assert "<h2>Kop</h2>" in html
    assert "<em>nadruk</em>" in html
    assert 'href="https://example.org"' in html
    for dangerous in ("<script>alert", "onerror", "javascript:", "onclick", "<img"):
        assert dangerous not in html


def test_render_markdown_keeps_tables_and_lists():
    html = render_markdown("* een\n* twee\n\n| a | b |\n| --- | --- |\n| 1 | 2 |")
    assert "<ul>" in html and "<li>een</li>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_links_only_to_public_things(client):
    from cooperaties.models import Cooperatie
    from cooperaties.tests.factories import CooperatieFactory

    publication = PublicationFactory()
    publication.cooperaties.add(
        CooperatieFactory(name="Zichtbaar", status=Cooperatie.Status.GEPUBLICEERD),
        CooperatieFactory(name="Nog voorgesteld", status=Cooperatie.Status.VOORGESTELD),
    )
    html = client.get(publication.get_absolute_url()).content.decode()
    assert "Zichtbaar" in html
    assert "Nog voorgesteld" not in html


def test_a_linked_grondrecht_points_into_its_manifest(client):
    from manifest.models import Grondrecht
    from manifest.tests.factories import ManifestFactory

    manifest = ManifestFactory(slug="voor-meer-kwaliteit")
    grondrecht = Grondrecht.objects.create(manifest=manifest, order=2, title="Recht op wonen")
    publication = PublicationFactory()
    publication.grondrechten.add(grondrecht)
    html = client.get(publication.get_absolute_url()).content.decode()
    assert f'href="{manifest.get_absolute_url()}#grondrecht-2">2. Recht op wonen</a>' in html
