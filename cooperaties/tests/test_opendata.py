"""Open data others can use: a licence everywhere, a Murmurations profile and the ESSGlobal column order."""

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse

from cooperaties.models import Cooperatie
from cooperaties.opendata import ESSGLOBAL_COLUMNS, LICENSE_URL

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db

HEECHTERP = "bewonersbedrijf-heechterp-schieringen"


def test_the_licence_is_on_the_page_and_in_csv_json_and_json_ld(client, seeded):
    heechterp = Cooperatie.objects.get(slug=HEECHTERP)
    page = client.get(reverse("cooperaties:cooperatie-list")).content.decode()
    assert 'rel="license">CC BY 4.0</a>' in page
    assert f'"license": "{LICENSE_URL}"' in page  # the Dataset's JSON-LD

    exported = client.get(reverse("cooperaties:export-json")).json()
    assert exported["licentie"]["url"] == LICENSE_URL

    rows = list(
        csv.DictReader(
            io.StringIO(client.get(reverse("cooperaties:export-csv")).content.decode("utf-8-sig")), delimiter=";"
        )
    )
    assert {row["licentie"] for row in rows} == {LICENSE_URL}

    profile = client.get(heechterp.get_absolute_url()).content.decode()
    assert f'"license": "{LICENSE_URL}"' in profile


def test_murmurations_profile_of_a_seeded_coop(client, seeded):
    heechterp = Cooperatie.objects.get(slug=HEECHTERP)
    url = reverse("cooperaties:murmurations-profile", kwargs={"pk": heechterp.pk})
    assert url == f"/cooperaties/murmurations/{heechterp.pk}.json"
    profile = client.get(url).json()
    assert profile["linked_schemas"] == ["organizations_schema-v1.0.0"]
    assert profile["name"] == "Bewonersbedrijf Heechterp-Schieringen"
    assert profile["locality"] == "Leeuwarden"
    assert profile["region"] == "Friesland"
    assert profile["primary_url"] == f"http://127.0.0.1:8000{heechterp.get_absolute_url()}"
    assert profile["tags"] == ["Werk", "Onderwijs", "Leefomgeving"]
    # Never confirmed yet: stale a year after its last change.
    assert profile["last_verified"] is None
    assert profile["expires"] == (heechterp.updated.date() + datetime.timedelta(days=365)).isoformat()
    assert profile["license"] == LICENSE_URL


def test_an_unpublished_coop_has_no_murmurations_profile(client):
    proposal = CooperatieFactory(status=Cooperatie.Status.VOORGESTELD)
    assert client.get(reverse("cooperaties:murmurations-profile", kwargs={"pk": proposal.pk})).status_code == 404


def test_essglobal_csv_has_the_standard_column_order(client, seeded):
    response = client.get(reverse("cooperaties:export-essglobal"))
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert lines[0][:14] == [
        "Identifier",
        "Name",
        "Description",
        "Organisational Structure",
        "Primary Activity",
        "Activities",
        "Street Address",
        "Locality",
        "Region",
        "Postcode",
        "Country ID",
        "Website",
        "Phone",
        "Email",
    ]
    assert lines[0] == ESSGLOBAL_COLUMNS
    row = dict(
        zip(lines[0], next(line for line in lines if line[1] == "Bewonersbedrijf Heechterp-Schieringen"), strict=True)
    )
    assert (row["Locality"], row["Region"], row["Country ID"], row["Activities"]) == (
        "Leeuwarden",
        "Friesland",
        "NL",
        "Werk; Onderwijs; Leefomgeving",
    )
    assert row["License"] == LICENSE_URL
    assert len(lines) == 1 + 9


def test_kies_en_co_is_national_in_the_open_data(client, seeded):
    kies = Cooperatie.objects.get(slug="vereniging-kies-en-co")
    profile = client.get(reverse("cooperaties:murmurations-profile", kwargs={"pk": kies.pk})).json()
    assert profile["geographic_scope"] == "national"
    assert "region" not in profile and "locality" not in profile
    exported = json.loads(client.get(reverse("cooperaties:export-json")).content)
    assert (
        next(c for c in exported["cooperaties"] if c["slug"] == "vereniging-kies-en-co")["provincie"]
        == "Landelijk actief"
    )


def test_a_published_phone_number_and_the_message_form_are_in_every_export(client):
    coop = CooperatieFactory(name="Samen Sterk", phone="050 123 45 67")
    message_form = f"http://127.0.0.1:8000{reverse('cooperaties:message', args=[coop.slug])}"

    profile = client.get(reverse("cooperaties:murmurations-profile", kwargs={"pk": coop.pk})).json()
    essglobal = list(csv.DictReader(io.StringIO(client.get(reverse("cooperaties:export-essglobal")).content.decode())))
    dutch = client.get(reverse("cooperaties:export-json")).json()["cooperaties"]

    assert (profile["telephone"], profile["contact_details"]["contact_form"]) == ("050 123 45 67", message_form)
    assert [row["Phone"] for row in essglobal] == ["050 123 45 67"]
    assert [(row["telefoon"], row["bericht_sturen"]) for row in dutch] == [("050 123 45 67", message_form)]
