"""A coöperatie keeps its own profile through a signed link; the secretariat approves a before/after."""

import datetime
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from cooperaties import profile_links, services
from cooperaties.models import ChangeRequest, Cooperatie, Province

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fort():
    return CooperatieFactory(
        name="Fort Vreeswijk", slug="fort-vreeswijk", place="", province="", contact_address="fort@example.org"
    )


def edit_path(cooperatie, purpose=profile_links.EDIT, token=None):
    token = token or profile_links.make_token(cooperatie, purpose, days=14)
    return reverse(profile_links.URL_NAMES[purpose], kwargs={"pk": cooperatie.pk, "token": token})


def form_data(cooperatie, **changes):
    data = {
        "name": cooperatie.name,
        "summary": cooperatie.summary,
        "description": cooperatie.description,
        "place": cooperatie.place,
        "province": cooperatie.province,
        "founding_year": cooperatie.founding_year or "",
        "legal_form": cooperatie.legal_form,
        "open_to_members": "",
        "website": cooperatie.website,
        "contact_email": cooperatie.contact_email,
        "note": "",
    }
    data.update(changes)
    return data


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_changes_wait_for_the_secretariat_and_then_show(client, fort, gemeenten, mailoutbox, mail_delivered):
    with mail_delivered():
        response = client.post(
            edit_path(fort), form_data(fort, place="Nieuwegein", website="https://fortvreeswijk.example.org")
        )
    assert response.status_code == 302

    fort.refresh_from_db()
    assert (fort.place, fort.website) == ("", "")  # nothing public yet
    request = ChangeRequest.objects.get(cooperatie=fort)
    # Nieuwegein lies in Utrecht (CBS), so the province comes along; unchanged fields are left out.
    assert request.data == {
        "place": "Nieuwegein",
        "province": "utrecht",
        "website": "https://fortvreeswijk.example.org",
    }
    assert mailoutbox[0].to == ["secretariaat@example.org"]
    assert f"/admin/cooperaties/changerequest/{request.pk}/change/" in mailoutbox[0].body

    assert services.approve_change(change_request=request)
    fort.refresh_from_db()
    assert (fort.place, fort.website, fort.last_verified) == (
        "Nieuwegein",
        "https://fortvreeswijk.example.org",
        timezone.localdate(),
    )


def test_the_admin_shows_before_and_after_and_approves_through_the_service(client, fort, secretariaat_user):
    request = services.request_change(cooperatie=fort, data={"place": "Nieuwegein", "province": Province.UTRECHT})
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:cooperaties_changerequest_change", args=[request.pk])).content.decode()
    assert re.search(r"Plaats \(gemeente\)</th><td>–</td><td>Nieuwegein</td>", html)
    assert re.search(r"Provincie</th><td>–</td><td>Utrecht</td>", html)
    assert "Goedkeuren en op de website zetten" in html

    response = client.post(reverse("admin:cooperaties_changerequest_approve", args=[request.pk]))
    assert response.status_code == 302
    fort.refresh_from_db()
    assert (fort.place, fort.province) == ("Nieuwegein", "utrecht")
    # Deciding twice changes nothing the second time.
    client.post(reverse("admin:cooperaties_changerequest_reject", args=[request.pk]))
    assert ChangeRequest.objects.get(pk=request.pk).status == ChangeRequest.Status.GOEDGEKEURD


@pytest.mark.parametrize(
    "make_path",
    [
        pytest.param(lambda coop, other: edit_path(coop, token="eyJjIjoxfQ:forged:signature"), id="forged"),
        pytest.param(
            lambda coop, other: edit_path(coop, token=profile_links.make_token(other, "bewerken", days=14)), id="other"
        ),
        pytest.param(
            lambda coop, other: edit_path(coop, token=profile_links.make_token(coop, "klopt-nog", days=14)),
            id="purpose",
        ),
    ],
)
def test_a_bad_link_gives_a_friendly_400_and_changes_nothing(client, fort, make_path):
    other = CooperatieFactory(name="Andere coöperatie")
    path = make_path(fort, other)
    for response in (client.get(path), client.post(path, form_data(fort, place="Nieuwegein"))):
        assert response.status_code == 400
        assert "Deze link werkt niet (meer)" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_an_edit_link_works_fourteen_days(client, fort, secretariaat_user, mailoutbox, mail_delivered, time_machine):
    with mail_delivered():
        services.send_edit_link(cooperatie=fort)
    assert "De link werkt 14 dagen, en één keer" in mailoutbox[0].body
    path = "/" + re.search(r"http://\S+/(cooperaties/\S+/bewerken/\S+/)", mailoutbox[0].body).group(1)
    time_machine.move_to(datetime.timedelta(days=13, hours=23))
    assert client.get(path).status_code == 200
    time_machine.move_to(datetime.timedelta(hours=2))
    assert client.get(path).status_code == 400


def test_an_edit_link_works_for_one_change_request(client, fort):
    path = edit_path(fort)
    assert client.post(path, form_data(fort, place="Nieuwegein")).status_code == 302
    again = client.post(path, form_data(fort, place="Ergens anders"))
    assert again.status_code == 400
    assert "Deze link werkt niet (meer)" in again.content.decode()
    assert list(ChangeRequest.objects.values_list("data", flat=True)) == [{"place": "Nieuwegein"}]


def test_an_empty_name_or_bad_url_gives_field_errors(client, fort):
    response = client.post(edit_path(fort), form_data(fort, name="", website="geen website"))
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"name", "website"}
    assert "error-summary" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_the_admin_sends_the_edit_link_to_the_contact_address(
    client, fort, secretariaat_user, mailoutbox, mail_delivered
):
    client.force_login(secretariaat_user)
    no_address = CooperatieFactory(name="Zonder adres", contact_address="")
    with mail_delivered():
        response = client.post(
            reverse("admin:cooperaties_cooperatie_changelist"),
            {"action": "send_edit_link", "_selected_action": [fort.pk, no_address.pk]},
            follow=True,
        )
    assert "Geen contactadres bekend voor: Zonder adres" in response.content.decode()
    assert [mail.to for mail in mailoutbox] == [["fort@example.org"]]
    link = re.search(r"http://\S+/bewerken/\S+/", mailoutbox[0].body).group(0)
    client.logout()
    assert client.get(link.split("8000", 1)[1]).status_code == 200


def test_archived_coops_have_no_edit_page(client, fort):
    Cooperatie.objects.filter(pk=fort.pk).update(status=Cooperatie.Status.GEARCHIVEERD)
    assert client.get(edit_path(fort)).status_code == 404


def test_the_change_request_list_needs_no_query_per_row(client, secretariaat_user, django_assert_max_num_queries):
    client.force_login(secretariaat_user)
    url = reverse("admin:cooperaties_changerequest_changelist")
    for n in range(3):
        services.request_change(cooperatie=CooperatieFactory(), data={"place": f"Plaats {n}"})
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    for n in range(20):
        services.request_change(cooperatie=CooperatieFactory(), data={"place": f"Plaats {n}"})
    with django_assert_max_num_queries(len(few)):
        assert client.get(url).status_code == 200


def test_a_link_stops_working_when_the_contact_address_changes(client):
    from cooperaties import profile_links
    from cooperaties.models import Cooperatie
    from cooperaties.tests.factories import CooperatieFactory

    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD, contact_address="oud@example.org")
    link = profile_links.url(cooperatie, profile_links.EDIT, days=14)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200
    cooperatie.contact_address = "nieuw@example.org"
    cooperatie.save()
    assert client.get("/" + path).status_code == 400
