"""A page per municipality: what is near, in the order a visitor looks for it, and honest about what is not known."""

import re

import pytest
from django.urls import reverse

from agenda.tests.factories import EventFactory
from cooperaties.models import Cooperatie, Municipality, Province
from cooperaties.tests import bulk
from cooperaties.tests.factories import CooperatieFactory
from verhalen.tests.factories import StoryFactory
from vraagaanbod.tests.factories import PostingFactory

pytestmark = pytest.mark.django_db
ROERMOND = "/gemeenten/roermond/"


def section(html, anchor):
    """The part of the page under the heading with this id, up to the next h2."""
    start = html.index(f'id="{anchor}"')
    end = html.find("<h2", start)
    return html[start : end if end != -1 else None]


def test_every_municipality_has_a_page_under_a_plain_address(client, seeded):
    assert Municipality.objects.count() == 342
    assert reverse("gemeenten:detail", args=["roermond"]) == ROERMOND
    assert Municipality.objects.get(name="'s-Hertogenbosch").get_absolute_url() == "/gemeenten/s-hertogenbosch/"
    assert Municipality.objects.get(name="Bergen (L.)").get_absolute_url() == "/gemeenten/bergen-l/"
    assert client.get("/gemeenten/bestaat-niet/").status_code == 404


def test_every_municipal_page_is_in_the_sitemap(client, seeded):
    xml = client.get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>[^<]*(/gemeenten/[^<]+/)</loc>", xml))
    assert locations == {m.get_absolute_url() for m in Municipality.objects.all()}


def test_the_index_lists_every_municipality_under_its_province(client, seeded):
    html = client.get("/gemeenten/").content.decode()
    assert html.count('<li><a href="/gemeenten/') == 342
    assert 'Limburg <span class="count">(31)</span>' in html


def test_the_page_shows_the_cooperaties_in_the_place_first_then_province_and_country(client, seeded):
    CooperatieFactory(name="Samen Roermond", place="Roermond", province=Province.LIMBURG)
    CooperatieFactory(name="Buurtkracht Heerlen", place="Heerlen", province=Province.LIMBURG)
    CooperatieFactory(name="Moestuin Zwolle", place="Zwolle", province=Province.OVERIJSSEL)

    html = section(client.get(ROERMOND).content.decode(), "cooperaties")

    assert html.index("Samen Roermond") < html.index("In de buurt") < html.index("Buurtkracht Heerlen")
    assert "Moestuin Zwolle" not in html


def test_events_in_the_province_postings_and_stories_naming_it_are_shown(client, seeded):
    EventFactory(title="Alliantiedag Venlo", city="Venlo")
    EventFactory(title="Alliantiedag Zwolle", city="Zwolle")
    PostingFactory(published=True, title="Wie helpt met een ruilwinkel?", province=Province.LIMBURG)
    StoryFactory(published=True, text="In Roermond is de wachtlijst voor schuldhulp lang.")
    StoryFactory(published=True, text="Ik woon in Zwolle en kom niet rond.")

    html = client.get(ROERMOND).content.decode()

    assert "Alliantiedag Venlo" in section(html, "bijeenkomsten")
    assert "Alliantiedag Zwolle" not in html
    assert "Wie helpt met een ruilwinkel?" in section(html, "vraag-en-aanbod")
    stories = section(html, "verhalen")
    assert "schuldhulp" in stories and "Zwolle" not in stories


def test_a_word_that_is_also_a_place_is_not_taken_for_the_place(client, seeded):
    StoryFactory(published=True, text="Ik doe mijn best, maar het lukt niet.")
    html = client.get("/gemeenten/best/").content.decode()
    assert "mijn best" not in html


def test_a_page_asks_who_knows_where_the_clientenraad_is(client, seeded):
    html = section(client.get(ROERMOND).content.decode(), "gemeente")
    assert "Wij weten nog niet waar u dit vindt voor Roermond" in html
    assert 'href="/gemeenten/roermond/tip/"' in html


def test_a_municipal_page_asks_the_same_number_of_queries_with_10000_cooperaties(
    client, seeded, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20) as few:
        client.get(ROERMOND)
    bulk.generate(10_000)
    assert Cooperatie.objects.count() > 10_000
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/gemeenten/heerlen/")


def test_the_site_search_leads_to_the_municipal_page(client, seeded):
    html = client.get("/zoeken/", {"q": "roermond"}).content.decode()
    assert '<a href="/gemeenten/roermond/">Gemeente Roermond' in html
