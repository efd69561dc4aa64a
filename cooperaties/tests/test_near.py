"""Find from where you live: the place first, then the province, then the national coöperaties."""

import pytest
from django.urls import reverse

from cooperaties.models import Province

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db
LIST_URL = reverse("cooperaties:cooperatie-list")


def card_names(response):
    return [cooperatie.name for cooperatie in response.context["view"].results["object_list"]]


@pytest.fixture
def directory(gemeenten):
    CooperatieFactory(name="Buurtkracht Amersfoort", place="Amersfoort", province=Province.UTRECHT)
    CooperatieFactory(name="Samen Utrecht", place="Utrecht", province=Province.UTRECHT)
    CooperatieFactory(name="Vereniging Kies&Co", place="", province=Province.LANDELIJK)
    CooperatieFactory(name="De Vrije Uitloop", place="Breda", province=Province.NOORD_BRABANT)


def test_a_municipality_without_a_coop_shows_its_province_and_the_national_ones(client, directory):
    response = client.get(LIST_URL, {"q": "Nieuwegein"})
    assert card_names(response) == ["Buurtkracht Amersfoort", "Samen Utrecht", "Vereniging Kies&Co"]
    html = response.content.decode()
    assert "Eerst in Nieuwegein, dan elders in Utrecht, dan in heel Nederland." in html
    assert "Elders in Utrecht" in html
    assert "Landelijk actief" in html


def test_the_place_itself_comes_first(client, directory):
    response = client.get(LIST_URL, {"q": "amersfoort"})
    assert card_names(response) == ["Buurtkracht Amersfoort", "Samen Utrecht", "Vereniging Kies&Co"]
    assert "In Amersfoort" in response.content.decode()


def test_utrecht_finds_the_utrecht_entries_and_kies_en_co(client, directory):
    assert card_names(client.get(LIST_URL, {"q": "Utrecht"})) == [
        "Samen Utrecht",
        "Buurtkracht Amersfoort",
        "Vereniging Kies&Co",
    ]
    # The province filter holds the national coöperatie too, after those in the province.
    assert card_names(client.get(LIST_URL, {"province": "utrecht"})) == [
        "Buurtkracht Amersfoort",
        "Samen Utrecht",
        "Vereniging Kies&Co",
    ]


def test_a_province_name_finds_the_province_and_the_national_ones(client, directory):
    assert card_names(client.get(LIST_URL, {"q": "noord-brabant"})) == ["De Vrije Uitloop", "Vereniging Kies&Co"]


def test_text_that_is_no_place_is_a_normal_search(client, directory):
    assert card_names(client.get(LIST_URL, {"q": "uitloop"})) == ["De Vrije Uitloop"]


@pytest.mark.parametrize("typed", ["'s-Hertogenbosch", "s-Hertogenbosch", "Den Bosch", "den bosch", "Hertogenbosch"])
def test_every_way_of_writing_den_bosch_finds_the_municipality(client, directory, typed):
    response = client.get(LIST_URL, {"q": typed})
    assert response.context["filter"].municipality.name == "'s-Hertogenbosch"
    assert card_names(response)[0] == "De Vrije Uitloop"  # elsewhere in Noord-Brabant, before the national one


def test_a_postcode_is_explained_and_the_place_name_asked_for(client, directory):
    html = client.get(LIST_URL, {"q": "6041 AB"}).content.decode()
    assert "Op postcode (6041 AB) kunnen wij nog niet zoeken. Typ de naam van uw plaats of uw gemeente" in html


def test_a_typo_gets_a_suggestion_that_finds_the_place(client, directory):
    html = client.get(LIST_URL, {"q": "Rurmond"}).content.decode()
    assert '<a href="/cooperaties/?q=Roermond#resultaten">Bedoelt u Roermond?</a>' in html


def test_no_result_offers_the_national_cooperaties_and_the_provinces(client, directory):
    html = client.get(LIST_URL, {"q": "xyzzy"}).content.decode()
    assert "/cooperaties/?province=landelijk#resultaten" in html
    assert reverse("cooperaties:province-overview") in html


def test_the_search_opens_at_the_results_and_leads_to_the_municipal_page(client, directory):
    html = client.get(LIST_URL, {"q": "Nieuwegein"}).content.decode()
    assert 'action="/cooperaties/#resultaten"' in html
    assert 'href="/gemeenten/nieuwegein/"' in html
