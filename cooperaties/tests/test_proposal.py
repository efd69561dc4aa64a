import pytest
from django.test import override_settings
from django.urls import reverse

from cooperaties.models import Cooperatie
from cooperaties.services import PROPOSALS_PER_HOUR

from .factories import DomainFactory

pytestmark = pytest.mark.django_db
PROPOSAL_URL = reverse("cooperaties:proposal")
LIST_URL = reverse("cooperaties:cooperatie-list")


def valid_data(**overrides):
    data = {
        "name": "Samen Sterk Zwolle",
        "summary": "Buurtbewoners delen gereedschap en kennis.",
        "description": "",
        "place": "Zwolle",
        "province": "overijssel",
        "founding_year": "2019",
        "legal_form": "vereniging",
        "domains": [DomainFactory(slug="werk").pk],
        "open_to_members": "True",
        "website": "https://samensterk.example.org",
        "contact_email": "",
        "submitter_name": "Iemand",
        "submitter_email": "iemand@example.org",
        "fax": "",
    }
    data.update(overrides)
    return data


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_proposal_is_not_public_until_published_in_the_admin(client, secretariaat_user, mailoutbox, mail_delivered):
    with mail_delivered():
        response = client.post(PROPOSAL_URL, valid_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("cooperaties:proposal-thanks")

    cooperatie = Cooperatie.objects.get(name="Samen Sterk Zwolle")
    assert cooperatie.status == Cooperatie.Status.VOORGESTELD
    assert [d.slug for d in cooperatie.domains.all()] == ["werk"]
    # The secretariat is told, with a link into the admin; the proposer gets a receipt.
    assert sorted(mail.to[0] for mail in mailoutbox) == ["iemand@example.org", "secretariaat@example.org"]
    to_secretariaat = next(mail for mail in mailoutbox if mail.to == ["secretariaat@example.org"])
    assert "Samen Sterk Zwolle" in to_secretariaat.subject
    assert f"/admin/cooperaties/cooperatie/{cooperatie.pk}/change/" in to_secretariaat.body

    # Not public: not in the list, not in a search, no profile, not in the open data.
    assert "Samen Sterk" not in client.get(LIST_URL).content.decode()
    assert "Samen Sterk" not in client.get(LIST_URL, {"q": "samen sterk"}).content.decode()
    assert client.get(cooperatie.get_absolute_url()).status_code == 404
    assert "Samen Sterk" not in client.get(reverse("cooperaties:export-json")).content.decode()

    # The secretariat publishes it with the admin's bulk action.
    client.force_login(secretariaat_user)
    response = client.post(
        reverse("admin:cooperaties_cooperatie_changelist"),
        {"action": "publish", "_selected_action": [cooperatie.pk]},
    )
    assert response.status_code == 302
    client.logout()

    assert client.get(cooperatie.get_absolute_url()).status_code == 200
    assert "Samen Sterk Zwolle" in client.get(LIST_URL).content.decode()
    assert "Samen Sterk Zwolle" in client.get(reverse("cooperaties:export-csv")).content.decode()


def test_form_errors_are_shown_with_a_summary_and_keep_what_was_typed(client, mailoutbox):
    response = client.post(
        PROPOSAL_URL,
        valid_data(name="", website="geen-website kijk maar", submitter_email="niet-een-adres", founding_year="1066"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    for field in ("name", "website", "submitter_email", "founding_year"):
        assert f'href="#id_{field}"' in html
        assert f'id="id_{field}_error"' in html
    # What the person typed is still there.
    assert 'value="geen-website kijk maar"' in html
    assert 'value="niet-een-adres"' in html
    assert "Buurtbewoners delen gereedschap en kennis." in html
    assert not Cooperatie.objects.exists()
    assert mailoutbox == []


def test_honeypot_filled_in_saves_nothing_but_looks_the_same(client, mailoutbox):
    response = client.post(PROPOSAL_URL, valid_data(fax="spam"))

    assert response.status_code == 302
    assert response["Location"] == reverse("cooperaties:proposal-thanks")
    assert not Cooperatie.objects.exists()
    assert mailoutbox == []


def test_honeypot_is_hidden_from_people(client):
    html = client.get(PROPOSAL_URL).content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="fax"' in html and 'tabindex="-1"' in html


def test_too_many_proposals_from_one_address_are_refused(client):
    for i in range(PROPOSALS_PER_HOUR):
        assert client.post(PROPOSAL_URL, valid_data(name=f"Coop {i}"), REMOTE_ADDR="203.0.113.9").status_code == 302

    response = client.post(PROPOSAL_URL, valid_data(name="Nog een"), REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 429
    assert "al veel aanmeldingen" in response.content.decode()
    assert 'value="Nog een"' in response.content.decode()
    assert Cooperatie.objects.count() == PROPOSALS_PER_HOUR
    # Another address is not affected.
    assert client.post(PROPOSAL_URL, valid_data(name="Ander adres"), REMOTE_ADDR="203.0.113.10").status_code == 302


def test_two_proposals_with_the_same_name_get_their_own_link(client):
    client.post(PROPOSAL_URL, valid_data(name="Aanmelden"))
    client.post(PROPOSAL_URL, valid_data(name="Aanmelden"))

    slugs = sorted(Cooperatie.objects.values_list("slug", flat=True))
    assert slugs == ["aanmelden-2", "aanmelden-3"]  # never the path of the form itself


def test_thank_you_page(client):
    response = client.get(reverse("cooperaties:proposal-thanks"))
    assert "Bedankt voor uw aanmelding" in response.content.decode()


def test_the_form_says_u_never_jullie(client):
    html = client.get(PROPOSAL_URL).content.decode().lower()
    assert "jullie" not in html
