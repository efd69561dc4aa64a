"""The secretariat's mail about a coöperatie's own link says whether it proposes changes or stops."""

import pytest
from django.test import override_settings
from django.urls import reverse

from cooperaties import profile_links

from .factories import CooperatieFactory
from .test_profile_links import edit_path, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def fort():
    return CooperatieFactory(name="Fort Vreeswijk", contact_address="fort@example.org")


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_closure_mail_says_the_cooperatie_stops(client, fort, mailoutbox, mail_delivered):
    token = profile_links.make_token(fort, profile_links.CLOSE, days=42)
    with mail_delivered():
        client.post(reverse("cooperaties:profile-close", kwargs={"pk": fort.pk, "token": token}), {"note": ""})
    assert [mail.subject for mail in mailoutbox] == ["Fort Vreeswijk laat weten: wij bestaan niet meer"]


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_change_mail_says_the_cooperatie_proposes_changes(client, fort, mailoutbox, mail_delivered):
    with mail_delivered():
        client.post(edit_path(fort), form_data(fort, summary="Wij knappen het fort samen op."))
    assert [mail.subject for mail in mailoutbox] == ["Fort Vreeswijk stelt wijzigingen voor"]


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_closure_mail_explains_what_approving_does(client, fort, mailoutbox, mail_delivered):
    token = profile_links.make_token(fort, profile_links.CLOSE, days=42)
    with mail_delivered():
        client.post(reverse("cooperaties:profile-close", kwargs={"pk": fort.pk, "token": token}), {"note": ""})
    assert "Als u het goedkeurt, gaat de pagina van de website." in mailoutbox[0].body
