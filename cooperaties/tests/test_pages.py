import csv
import io
import json
import re

import pytest
from django.urls import reverse

from alliantie.tests.factories import UserFactory
from cooperaties import seed
from cooperaties.models import Cooperatie, LegalForm, Province

from .factories import CooperatieFactory, DomainFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_profile_has_schema_org_organization(client):
    coop = CooperatieFactory(
        name="De Vrije Uitloop",
        place="Breda",
        province=Province.NOORD_BRABANT,
        founding_year=2014,
        website="https://example.org/",
        domains=[DomainFactory(slug="inkomen", name="Inkomen")],
        description="Mensen verdienen samen een deel van hun uitkering.</script><script>alert(1)",
    )

    html = client.get(coop.get_absolute_url()).content.decode()

    assert "<h1>De Vrije Uitloop</h1>" in html
    data = json_ld(html)
    assert data["@type"] == "Organization"
    assert data["name"] == "De Vrije Uitloop"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "NL",
        "addressLocality": "Breda",
        "addressRegion": "Noord-Brabant",
    }
    assert data["foundingDate"] == "2014"
    assert data["sameAs"] == ["https://example.org/"]
    assert data["knowsAbout"] == ["Inkomen"]
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize("status", [Cooperatie.Status.VOORGESTELD, Cooperatie.Status.GEARCHIVEERD])
def test_unpublished_profiles_are_not_found(client, status):
    coop = CooperatieFactory(status=status)
    assert client.get(coop.get_absolute_url()).status_code == 404


def test_preview_only_for_the_secretariat(client, secretariaat_user):
    coop = CooperatieFactory(name="Nieuw voorstel", status=Cooperatie.Status.VOORGESTELD)
    url = reverse("cooperaties:cooperatie-preview", args=[coop.pk])

    assert client.get(url).status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    client.force_login(secretariaat_user)
    html = client.get(url).content.decode()
    assert "Nieuw voorstel" in html
    assert "Deze pagina is nog niet openbaar." in html
    assert 'name="robots" content="noindex"' in html


def test_preview_is_refused_to_an_account_with_the_secretariats_group_but_not_staff(client, secretariaat_user):
    coop = CooperatieFactory(name="Nieuw voorstel", status=Cooperatie.Status.VOORGESTELD)
    member = UserFactory()
    member.groups.set(secretariaat_user.groups.all())
    client.force_login(member)
    assert client.get(reverse("cooperaties:cooperatie-preview", args=[coop.pk])).status_code == 403


def test_exports_have_published_coops_only_and_no_personal_data(client):
    CooperatieFactory(name="Openbaar", submitter_email="prive@example.org", legal_form=LegalForm.STICHTING)
    CooperatieFactory(name="Voorstel", status=Cooperatie.Status.VOORGESTELD)

    csv_response = client.get(reverse("cooperaties:export-csv"))
    json_response = client.get(reverse("cooperaties:export-json"))

    assert csv_response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    assert [row["naam"] for row in rows] == ["Openbaar"]
    assert rows[0]["rechtsvorm"] == "Stichting"
    data = json_response.json()
    assert data["aantal"] == 1 and data["cooperaties"][0]["naam"] == "Openbaar"
    for body in (csv_response.content.decode(), json_response.content.decode()):
        assert "prive@example.org" not in body and "Voorstel" not in body


def test_csv_export_defuses_spreadsheet_formulas(client):
    CooperatieFactory(name='=HYPERLINK("http://evil")')
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(reverse("cooperaties:export-csv")).content.decode("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[0]["naam"].startswith("'=")


def test_province_overview_counts_published_coops(client):
    CooperatieFactory.create_batch(2, province=Province.FRIESLAND)
    CooperatieFactory(province=Province.LANDELIJK)
    CooperatieFactory(province=Province.FRIESLAND, status=Cooperatie.Status.VOORGESTELD)

    html = client.get(reverse("cooperaties:province-overview")).content.decode()

    assert re.search(r'<a href="/cooperaties/\?province=friesland">Friesland</a></th>\s*<td class="num">2</td>', html)
    assert re.search(r"Landelijk actief</a></th>\s*<td class=\"num\">1</td>", html)
    assert re.search(r"Zeeland</th>\s*<td class=\"num\">0</td>", html)
    assert "<caption>" in html


def test_seed_loads_the_nine_werkboek_coops_once_and_invents_nothing():
    out = io.StringIO()
    seed.load(examples=False, stdout=out)
    seed.load(examples=True, stdout=out)

    published = Cooperatie.objects.published()
    assert published.count() == 9
    lucas = published.get(slug="lucas-community")
    assert (lucas.place, lucas.province, lucas.legal_form) == ("Amsterdam", "noord-holland", "informeel")
    heechterp = published.get(slug="bewonersbedrijf-heechterp-schieringen")
    assert (heechterp.place, heechterp.founding_year) == ("Leeuwarden", 2012)
    fort = published.get(slug="fort-vreeswijk")
    assert (fort.place, fort.province, fort.founding_year, fort.legal_form, fort.open_to_members) == (
        "",
        "",
        None,
        "",
        None,
    )
    assert not Cooperatie.themes.through.objects.exists()


def test_seeding_again_keeps_what_the_coop_filled_in_itself():
    seed.load(examples=False, stdout=io.StringIO())
    Cooperatie.objects.filter(slug="fort-vreeswijk").update(place="Nieuwegein", province=Province.UTRECHT)
    seed.load(examples=False, stdout=io.StringIO())
    fort = Cooperatie.objects.get(slug="fort-vreeswijk")
    assert (fort.place, fort.province) == ("Nieuwegein", "utrecht")
