import re

import pytest
from django.core.cache import caches
from django.urls import reverse

from cooperaties.models import Cooperatie, Domain, LegalForm, Province, Theme

from .bulk import generate
from .factories import CooperatieFactory, DomainFactory, ThemeFactory

pytestmark = pytest.mark.django_db
LIST_URL = reverse("cooperaties:cooperatie-list")


def card_names(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_list_shows_published_coops_only(client):
    CooperatieFactory(name="Zichtbaar")
    CooperatieFactory(name="Nog niet", status=Cooperatie.Status.VOORGESTELD)
    CooperatieFactory(name="Gestopt", status=Cooperatie.Status.GEARCHIVEERD)

    response = client.get(LIST_URL)

    assert card_names(response) == ["Zichtbaar"]
    assert "1 coöperatie gevonden" in response.content.decode()


def test_filters_combine(client):
    werk = DomainFactory(slug="werk")
    wonen = DomainFactory(slug="wonen")
    economie = ThemeFactory(slug="lokale-economie")
    CooperatieFactory(
        name="Treffer",
        province=Province.GRONINGEN,
        legal_form=LegalForm.STICHTING,
        open_to_members=True,
        domains=[werk],
        themes=[economie],
    )
    CooperatieFactory(name="Andere provincie", province=Province.LIMBURG, domains=[werk], themes=[economie])
    CooperatieFactory(name="Ander domein", province=Province.GRONINGEN, domains=[wonen], themes=[economie])
    CooperatieFactory(
        name="Gesloten",
        province=Province.GRONINGEN,
        legal_form=LegalForm.STICHTING,
        open_to_members=False,
        domains=[werk],
        themes=[economie],
    )

    response = client.get(
        LIST_URL,
        {
            "province": "groningen",
            "domain": "werk",
            "theme": "lokale-economie",
            "legal_form": "stichting",
            "open": "ja",
        },
    )

    assert card_names(response) == ["Treffer"]
    assert card_names(client.get(LIST_URL, {"province": "groningen", "domain": "werk"})) == ["Gesloten", "Treffer"]


def test_unknown_filter_values_give_field_errors_and_are_ignored(client):
    CooperatieFactory(name="Blijft zichtbaar")

    response = client.get(
        LIST_URL,
        {
            "province": "atlantis",
            "domain": "ruimtevaart",
            "theme": "x",
            "legal_form": "gmbh",
            "open": "misschien",
            "onbekend": "1",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'href="#id_province"' in html and 'href="#id_domain"' in html
    assert card_names(response) == ["Blijft zichtbaar"]


def test_a_wrong_filter_asked_again_still_opens_the_filters_at_its_error(client):
    CooperatieFactory(name="Blijft zichtbaar")
    client.get(LIST_URL, {"province": "atlantis"})
    html = client.get(LIST_URL, {"province": "atlantis"}).content.decode()  # from the kept parts
    assert ('<details class="filters-fold" open>' in html, 'href="#id_province"' in html) == (True, True)


def test_a_page_past_the_end_is_not_found(client):
    CooperatieFactory(name="Enige")
    assert client.get(LIST_URL, {"page": "999"}).status_code == 404


def test_a_too_long_search_is_a_form_error_not_a_crash(client):
    response = client.get(LIST_URL, {"q": "x" * 5000})
    assert response.status_code == 200
    assert 'href="#id_q"' in response.content.decode()


def test_empty_result_says_so_and_offers_to_clear_filters(client):
    CooperatieFactory(name="Buurtkracht")

    html = client.get(LIST_URL, {"q": "zeppelinwerf", "province": "zeeland"}).content.decode()

    assert "0 coöperaties gevonden" in html
    assert "Er is geen coöperatie die past bij uw keuze." in html
    assert f'<a href="{LIST_URL}">Wis alle filters en toon alle coöperaties</a>' in html


def test_pagination_by_links_keeps_the_filters(client):
    for i in range(25):
        CooperatieFactory(name=f"Coop {i:02d}", province=Province.UTRECHT)

    html = client.get(LIST_URL, {"province": "utrecht"}).content.decode()

    assert "25 coöperaties gevonden" in html
    assert "Pagina 1 van 2" in html
    assert '<a href="?province=utrecht&amp;page=2" rel="next">Volgende pagina</a>' in html
    page_two = client.get(LIST_URL, {"province": "utrecht", "page": "2"})
    assert len(card_names(page_two)) == 5


COMBINATIONS = [
    {},
    {"province": "utrecht"},
    {"domain": "werk"},
    {"theme": "lokale-economie"},
    {"legal_form": "stichting", "open": "ja"},
    {"q": "cooperatie"},
    {"q": "moestuinkring"},
    {"q": "buurt", "province": "groningen", "domain": "zorg-en-gezondheid"},
    {
        "province": "noord-brabant",
        "domain": "inkomen",
        "theme": "passende-rechtsvorm",
        "legal_form": "vereniging",
        "open": "nee",
        "q": "samen",
    },
    {"province": "utrecht", "page": "2"},
    {"province": "atlantis", "domain": "onbekend"},
]


def test_list_runs_a_constant_number_of_queries_on_10000_coops(client, django_assert_num_queries):
    """Domains, themes, count, page, domains of the page: 5 queries, whatever the filters; a search
    asks once more, whether the text is a municipality. Asked again, the same answers cost none."""
    generate(10_000)
    assert Domain.objects.count() == 7 and Theme.objects.count() == 5
    generate(500, seed=7, status=Cooperatie.Status.VOORGESTELD)

    client.get(LIST_URL)  # this worker reads the content version once
    for params in COMBINATIONS:
        caches["template_fragments"].clear()  # nothing kept: every part worked out anew
        # A word search also fetches its candidate ids (cooperaties/search.py) and asks whether it is a municipality.
        with django_assert_num_queries(7 if params.get("q") else 5):
            response = client.get(LIST_URL, params)
        assert response.status_code == 200
        assert card_names(response), f"expected results for {params}"
    with django_assert_num_queries(0):  # the same answers again: the results as kept
        assert card_names(client.get(LIST_URL, params)) == card_names(response)


def test_a_word_in_every_row_ranks_a_bounded_set_and_says_so(client, django_assert_num_queries):
    from cooperaties.search import SEARCH_CANDIDATES

    generate(SEARCH_CANDIDATES + 100)  # every generated summary says "werken samen aan"
    # Domains, themes, is it a municipality?, candidate ids, count, page, domains of the page.
    with django_assert_num_queries(7):
        response = client.get(LIST_URL, {"q": "samen"})
    html = response.content.decode()
    assert f"Meer dan {SEARCH_CANDIDATES} coöperaties gevonden" in html
    assert len(card_names(response)) == 20


def test_other_filters_narrow_before_the_bounded_search(client):
    from cooperaties.search import SEARCH_CANDIDATES

    generate(SEARCH_CANDIDATES + 100)
    expected = Cooperatie.objects.published().in_province("zeeland").count()
    response = client.get(LIST_URL, {"q": "samen", "province": "zeeland"})
    assert response.context["view"].results["paginator"].count == expected < SEARCH_CANDIDATES


def test_a_page_number_past_the_end_or_not_a_number_is_not_found(client):
    CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD)
    assert client.get(LIST_URL, {"page": "9999"}).status_code == 404
    assert client.get(LIST_URL, {"page": "abc"}).status_code == 404
