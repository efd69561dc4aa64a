"""The public pages with the seed content: over ons, netwerk, documenten."""

import io

import pytest

from alliantie import seed
from alliantie.models import ChairTerm, Document, Organisation
from alliantie.tests.factories import DocumentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_seed_is_idempotent_and_invents_no_dates(seeded):
    counts = (Organisation.objects.count(), ChairTerm.objects.count(), Document.objects.count())
    seed.load(examples=False, stdout=io.StringIO())
    assert (Organisation.objects.count(), ChairTerm.objects.count(), Document.objects.count()) == counts == (9, 2, 8)
    dated = dict(Document.objects.exclude(date=None).values_list("slug", "date"))
    assert {slug: d.isoformat() for slug, d in dated.items()} == {
        "verbeterpunten-schuldhulpverlening": "2015-09-21",
        "verslag-overleg-staatssecretaris-2015-02-24": "2015-02-24",
        "voorstellenbrief-gesprek-2014-06-17": "2014-06-17",
        "reactie-maatregelen-wwb": "2013-11-28",
    }
    assert not Document.objects.exclude(file="").exists()


def test_about_page_shows_chair_and_former_chair(client, seeded):
    response = client.get("/over-ons/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Kitty de Jong</strong> (FNV), bestuurslid." in page
    assert "Voorzitter vanaf begin 2018, voor twee jaar." in page
    assert page.index("Kitty de Jong") < page.index("Eerdere voorzitters") < page.index("Willem Jelle Berg")
    assert "Voorzitter tot begin 2018." in page
    assert "commissie PIN" in page
    assert "vijf manifesten" in page
    assert "info@socialealliantie.nl" in page


def test_network_groups_by_level(client, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        page = client.get("/netwerk/").content.decode()
    assert page.index("<h2>Landelijk</h2>") < page.index("FNV") < page.index("<h2>Regionaal</h2>")
    assert page.index("<h2>Regionaal</h2>") < page.index("Sociale Alliantie Fryslân")
    assert "9 organisaties gevonden." in page


def test_network_filters_by_sector(client, seeded):
    page = client.get("/netwerk/", {"sector": "kerken"}).content.decode()
    assert "Raad van Kerken" in page and "Kerk in Actie" in page
    assert "FNV" not in page
    assert "2 organisaties gevonden." in page


def test_network_ignores_an_unknown_sector_with_a_form_error(client, seeded):
    response = client.get("/netwerk/", {"sector": "bestaat-niet"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "error-summary" in page
    assert "9 organisaties gevonden." in page


def test_network_hides_inactive_organisations(client):
    OrganisationFactory(name="Gestopte groep", active=False)
    OrganisationFactory(name="Actieve groep")
    page = client.get("/netwerk/").content.decode()
    assert "Actieve groep" in page and "Gestopte groep" not in page


def test_document_list_marks_members_only(client):
    DocumentFactory(title="Openbare brief")
    DocumentFactory(title="Interne notulen", access=Document.Access.LEDEN)
    page = client.get("/documenten/").content.decode()
    public_card = page[page.index("Openbare brief") :]
    assert "Alleen voor leden" not in public_card.split("</li>")[0]
    members_card = page[page.index("Interne notulen") :]
    assert "Alleen voor leden" in members_card.split("</li>")[0]


def test_document_list_filters_by_kind_and_year(client, seeded):
    page = client.get("/documenten/", {"kind": "reactie"}).content.decode()
    assert "Reactie op Maatregelen WWB" in page and "Reactie op concept NHP 2014" in page
    assert "Verbeterpunten schuldhulpverlening" not in page

    page = client.get("/documenten/", {"year": "2015"}).content.decode()
    assert "Verbeterpunten schuldhulpverlening" in page and "Aanpak 2015" in page
    assert "Reactie op Maatregelen WWB" not in page
    assert "3 documenten gevonden." in page

    page = client.get("/documenten/", {"year": "2015", "kind": "werkprogramma"}).content.decode()
    assert "1 document gevonden." in page


@pytest.mark.parametrize("query", [{"year": "1800"}, {"year": "abc"}, {"kind": "onzin"}])
def test_document_list_bad_filter_shows_a_field_error(client, seeded, query):
    response = client.get("/documenten/", query)
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_document_list_page_past_the_end_is_not_found(client, seeded):
    assert client.get("/documenten/", {"page": "99"}).status_code == 404


def test_document_list_query_count_does_not_grow(client, django_assert_max_num_queries):
    for n in range(25):
        DocumentFactory(year=2000 + n % 5)
    with django_assert_max_num_queries(4):
        response = client.get("/documenten/")
    assert response.status_code == 200
    assert len(response.context["view"].results["object_list"]) == 20


def test_document_page_shows_period_when_there_is_no_date(client, seeded):
    page = client.get("/documenten/brief-kamer-knelpunten-armoedebeleid/").content.decode()
    assert "Najaarsactie 2016" in page
    assert "Werkende armen" in page
    assert "staat (nog) niet op de website" in page


def test_document_date_and_year_must_agree_in_the_database():
    import datetime

    from django.db import IntegrityError

    document = DocumentFactory(date=datetime.date(2015, 9, 21))
    assert document.year == 2015
    with pytest.raises(IntegrityError):
        Document.objects.filter(pk=document.pk).update(year=2014)
