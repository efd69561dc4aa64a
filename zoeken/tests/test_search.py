"""The search box of the whole portal, on the seeded content of the source documents."""

import re

import pytest
from django.urls import reverse

from alliantie.models import Document
from alliantie.tests.factories import DocumentFactory, MembershipFactory
from publicaties.tests.factories import PublicationFactory
from verhalen.models import Story
from verhalen.tests.factories import StoryFactory
from zoeken.search import search
from zoeken.snippets import START, STOP, render_snippet

pytestmark = pytest.mark.django_db
SEARCH = reverse("zoeken:search")


def found(q, user=None, kind=""):
    from django.contrib.auth.models import AnonymousUser

    return {group.key: [hit.title for hit in group.hits] for group in search(q, user or AnonymousUser(), kind=kind)}


def test_voedselbank_finds_the_inkomenskloof_and_the_review(seeded):
    hits = found("voedselbank")
    assert "Inkomenskloof" in hits["kloven"]
    assert "Genadebrood" in hits["publicaties"]


def test_brenninkmeijer_finds_the_drachten_event_and_the_2012_look_back(seeded):
    hits = found("Brenninkmeijer")
    assert hits["agenda"] == ["Alliantiedag Drachten (5 oktober 2012)"]
    assert "Alliantiedagen 2012" in hits["publicaties"]


@pytest.mark.parametrize("typo", ["Heechtrep", "heechterb", "Heechterp-Schieringe"])
def test_heechterp_with_a_typo_finds_the_cooperatie(seeded, typo):
    assert found(typo)["cooperaties"] == ["Bewonersbedrijf Heechterp-Schieringen"]


def test_a_members_only_document_stays_hidden_from_anonymous_visitors_and_shows_for_members():
    DocumentFactory(title="Werkprogramma voor de leden", access=Document.Access.LEDEN)
    DocumentFactory(title="Werkprogramma voor iedereen")
    member = MembershipFactory().user

    assert found("werkprogramma") == {"documenten": ["Werkprogramma voor iedereen"]}
    assert sorted(found("werkprogramma", member)["documenten"]) == [
        "Werkprogramma voor de leden",
        "Werkprogramma voor iedereen",
    ]


def test_only_published_stories_are_found():
    StoryFactory(published=True, text="Bij de voedselbank kreeg ik een pakket.")
    StoryFactory(text="Bij de voedselbank stond ik in de rij.")
    StoryFactory(status=Story.Status.INGETROKKEN, text="De voedselbank hielp mij.")
    assert len(found("voedselbank")["verhalen"]) == 1


def test_the_results_page_labels_each_hit_and_highlights_the_word(client, seeded):
    html = client.get(SEARCH, {"q": "voedselbank"}).content.decode()
    assert '<h2 id="soort-kloven">Kloven' in html
    assert '<span class="tag">Publicaties</span>' in html
    assert "<mark>voedselbank</mark>" in html


def test_a_snippet_never_brings_its_own_html(client):
    StoryFactory(published=True, text='<script>alert("x")</script> De voedselbank <b>hielp</b> mij. \ue000 los')
    html = client.get(SEARCH, {"q": "voedselbank"}).content.decode()
    assert "&lt;script&gt;" in html
    assert '<script>alert("x")' not in html and "<b>hielp</b>" not in html
    snippet = html.split('<span class="tag">Verhalen</span>')[1].split("</p>")[0]
    assert "<mark>voedselbank</mark>" in snippet
    assert "\ue000" not in snippet


def test_render_snippet_allows_only_the_highlight_marks():
    assert str(render_snippet(f"a {START}<i>b</i>{STOP} c {START}")) == "a <mark>&lt;i&gt;b&lt;/i&gt;</mark> c "


@pytest.mark.parametrize("q", ["", "   ", "de het een", "a" * 5000, "'\"&|!:*()", "<script>"])
def test_odd_searches_answer_without_error(client, seeded, q):
    assert client.get(SEARCH, {"q": q, "soort": "x"}).status_code == 200


def test_a_nul_in_a_search_is_a_bad_request_not_a_server_error(client, seeded):
    assert client.get(SEARCH, {"q": "\x00"}).status_code == 400
    assert client.get(SEARCH, {"q": "voedselbank", "soort": "x\x00"}).status_code == 400


def test_one_kind_shows_more_hits_and_the_overview_links_there(client):
    for i in range(8):
        StoryFactory(published=True, text=f"Verhaal {i} over de voedselbank.")
    html = client.get(SEARCH, {"q": "voedselbank"}).content.decode()
    assert html.count('<span class="tag">Verhalen</span>') == 5
    assert "soort=verhalen" in html and "Toon alle 8 resultaten bij verhalen" in html
    html = client.get(SEARCH, {"q": "voedselbank", "soort": "verhalen"}).content.decode()
    assert html.count('<span class="tag">Verhalen</span>') == 8


def test_search_takes_the_same_number_of_queries_whatever_it_finds(client, seeded, django_assert_num_queries):
    # One query per kind of content (11) and one for a municipality of that name, whether it finds nothing or
    # dozens of things.
    with django_assert_num_queries(12):
        client.get(SEARCH, {"q": "geenenkeltreffer"})
    for i in range(20):
        StoryFactory(published=True, text=f"Verhaal {i} over armoede en de voedselbank.")
    with django_assert_num_queries(12):
        response = client.get(SEARCH, {"q": "voedselbank armoede"})
    assert response.content.decode().count("<li>") > 5


def test_the_search_box_is_in_the_header_of_every_page_as_a_get_form(client, seeded):
    for path in ("/", "/kloven/inkomenskloof/", "/publicaties/", "/verhalen/delen/"):
        html = client.get(path).content.decode()
        assert f'<form class="site-search" method="get" action="{SEARCH}" role="search">' in html, path
        assert '<label for="zoeken-kop" class="visually-hidden">Zoeken op deze site</label>' in html


def test_a_members_search_also_takes_a_fixed_number_of_queries(client, seeded):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(MembershipFactory().user)
    with CaptureQueriesContext(connection) as nothing:
        client.get(SEARCH, {"q": "geenenkeltreffer"})
    DocumentFactory.create_batch(10, title="Werkprogramma voor de leden", access=Document.Access.LEDEN)
    with CaptureQueriesContext(connection) as many:
        client.get(SEARCH, {"q": "werkprogramma voedselbank armoede"})
    print(f"\nqueries for a member's search: {len(nothing)} (nothing found), {len(many)} (many found)")
    assert len(many) == len(nothing)


def test_a_snippet_shows_no_markdown_marks(client):
    PublicationFactory(body="Een tekst over **armoede**.\n\n## Een tussenkop\n\nZie [de website](https://example.org).")
    response = client.get(SEARCH, {"q": "tussenkop"})
    snippets = re.findall(r'<p><span class="tag">[^<]*</span>(.*?)</p>', response.content.decode(), re.S)
    assert len(snippets) == 1 and "armoede. Een <mark>tussenkop</mark> Zie de website" in snippets[0]


@pytest.mark.parametrize("q", ["initiatief.nu", "initiatief"])
def test_a_web_address_is_found_by_its_address_and_by_its_words(seeded, q):
    assert "Expeditie ‘Bestaanszekerheid’" in found(q).get("publicaties", [])


def test_a_current_question_of_a_cooperatie_is_found_and_an_ended_one_is_not(time_machine):
    import datetime

    from vraagaanbod.tests.factories import TODAY, PostingFactory

    time_machine.move_to(datetime.datetime.combine(TODAY, datetime.time(12)), tick=False)
    PostingFactory(published=True, title="Wie leent ons een bakfiets?")
    PostingFactory(published=True, title="Wie had een bakfiets over?", ends_on=TODAY - datetime.timedelta(days=1))
    assert found("bakfiets")["vraag-en-aanbod"] == ["Vraag: Wie leent ons een bakfiets?"]
