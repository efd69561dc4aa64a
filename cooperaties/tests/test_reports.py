"""'Klopt er iets niet of weet u meer?': anyone can tell the secretariat, without an account."""

import pytest
from django.test import override_settings
from django.urls import reverse

from cooperaties.models import CorrectionReport, Province
from cooperaties.services import REPORTS_PER_HOUR

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fort():
    return CooperatieFactory(name="Fort Vreeswijk", slug="fort-vreeswijk", place="", province="")


def report_url(coop):
    return reverse("cooperaties:report", kwargs={"slug": coop.slug})


def test_a_profile_without_a_place_says_so_and_invites_a_report(client, fort):
    html = client.get(fort.get_absolute_url()).content.decode()
    assert "Wij weten nog niet in welke plaats deze coöperatie werkt." in html
    assert f'href="{report_url(fort)}"' in html
    assert "Klopt er iets niet of weet u meer?" in html


def test_a_national_coop_is_not_asked_for_a_place(client):
    kies = CooperatieFactory(name="Vereniging Kies&Co", place="", province=Province.LANDELIJK)
    html = client.get(kies.get_absolute_url()).content.decode()
    assert "Wij weten nog niet in welke plaats" not in html
    assert "Landelijk actief" in html


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_report_lands_with_the_secretariat(client, fort, mailoutbox, mail_delivered):
    with mail_delivered():
        response = client.post(report_url(fort), {"message": "Fort Vreeswijk ligt in Nieuwegein.", "contact": ""})
    assert response.status_code == 302
    report = CorrectionReport.objects.get()
    assert (report.cooperatie, report.message, report.handled) == (fort, "Fort Vreeswijk ligt in Nieuwegein.", False)
    assert mailoutbox[0].to == ["secretariaat@example.org"]
    assert "Fort Vreeswijk ligt in Nieuwegein." in mailoutbox[0].body


def test_an_empty_report_gives_a_field_error(client, fort):
    response = client.post(report_url(fort), {"message": "", "contact": "a@example.org"})
    assert set(response.context["form"].errors) == {"message"}
    assert not CorrectionReport.objects.exists()


def test_the_honeypot_keeps_bots_out(client, fort):
    response = client.post(report_url(fort), {"message": "koop nu", "fax": "123"})
    assert response.status_code == 302
    assert not CorrectionReport.objects.exists()


def test_many_reports_from_one_address_are_rate_limited(client, fort):
    for n in range(REPORTS_PER_HOUR):
        assert client.post(report_url(fort), {"message": f"Melding {n}"}).status_code == 302
    response = client.post(report_url(fort), {"message": "Nog een"})
    assert response.status_code == 429
    assert "Vanaf uw adres zijn in het afgelopen uur al veel meldingen gedaan" in response.content.decode()
    assert CorrectionReport.objects.count() == REPORTS_PER_HOUR
