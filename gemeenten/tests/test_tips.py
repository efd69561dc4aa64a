"""Someone who knows sends in the municipality's cliëntenraad; the secretariat checks it before it shows."""

import pytest
from django.urls import reverse

from gemeenten.models import LocalLink

pytestmark = pytest.mark.django_db
TIP = "/gemeenten/roermond/tip/"
LINKS = reverse("admin:gemeenten_locallink_changelist")
GOOD = {
    "kind": "clientenraad",
    "title": "Cliëntenraad Roermond",
    "url": "https://clientenraad.example.org/",
    "note": "",
}


def test_a_tip_waits_for_the_secretariat_and_shows_after_publishing(
    client, seeded, secretariaat_user, mailoutbox, mail_delivered
):
    with mail_delivered():
        response = client.post(TIP, GOOD)
    assert response.status_code == 302
    assert [mail.subject for mail in mailoutbox] == ["Tip voor de pagina van Roermond"]
    assert "Cliëntenraad Roermond" not in client.get("/gemeenten/roermond/").content.decode()

    client.force_login(secretariaat_user)
    client.post(LINKS, {"action": "publish", "_selected_action": [LocalLink.objects.get().pk]})
    client.logout()

    html = client.get("/gemeenten/roermond/").content.decode()
    assert '<a href="https://clientenraad.example.org/">Cliëntenraad Roermond</a>' in html


def test_the_same_tip_twice_is_kept_once(client, seeded):
    client.post(TIP, GOOD)
    client.post(TIP, GOOD)
    assert LocalLink.objects.count() == 1


def test_a_tip_without_a_web_address_is_refused_with_a_clear_error_and_keeps_what_was_typed(client, seeded):
    response = client.post(TIP, GOOD | {"url": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er is 1 fout. Verbeter deze en probeer het opnieuw." in html
    assert 'value="Cliëntenraad Roermond"' in html
    assert not LocalLink.objects.exists()


def test_a_bot_filling_the_trap_field_saves_nothing(client, seeded):
    assert client.post(TIP, GOOD | {"fax": "x"}).status_code == 302
    assert not LocalLink.objects.exists()


def test_the_start_page_counts_waiting_tips(client, seeded, secretariaat_user):
    client.post(TIP, GOOD)
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Tips voor de pagina&#x27;s van gemeenten</a></th><td>1</td>" in html
