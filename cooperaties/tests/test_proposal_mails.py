"""Proposals that talk back: a receipt, a decision mail, and a warning for a name that already exists."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from cooperaties.models import Cooperatie

from .factories import CooperatieFactory
from .test_proposal import PROPOSAL_URL, valid_data

pytestmark = pytest.mark.django_db


def test_the_proposer_gets_a_receipt_that_says_what_happens_next(client, mailoutbox, mail_delivered):
    with mail_delivered():
        client.post(PROPOSAL_URL, valid_data())
    receipt = next(mail for mail in mailoutbox if mail.to == ["iemand@example.org"])
    assert receipt.subject == "We hebben uw aanmelding van Samen Sterk Zwolle ontvangen"
    assert "Wat gebeurt er nu?" in receipt.body
    assert "Beste Iemand," in receipt.body


def test_publishing_tells_the_proposer_with_the_link(client, secretariaat_user, mailoutbox, mail_delivered):
    proposal = CooperatieFactory(
        name="Samen Sterk Zwolle", status=Cooperatie.Status.VOORGESTELD, submitter_email="iemand@example.org"
    )
    client.force_login(secretariaat_user)
    with mail_delivered():
        client.post(
            reverse("admin:cooperaties_cooperatie_changelist"), {"action": "publish", "_selected_action": [proposal.pk]}
        )
    assert [mail.to for mail in mailoutbox] == [["iemand@example.org"]]
    assert mailoutbox[0].subject == "Samen Sterk Zwolle staat nu op de website"
    assert f"http://127.0.0.1:8000{proposal.get_absolute_url()}" in mailoutbox[0].body


def test_declining_needs_a_reason_which_the_proposer_reads(client, secretariaat_user, mailoutbox, mail_delivered):
    proposal = CooperatieFactory(
        name="Samen Sterk Zwolle", status=Cooperatie.Status.VOORGESTELD, submitter_email="iemand@example.org"
    )
    changelist = reverse("admin:cooperaties_cooperatie_changelist")
    client.force_login(secretariaat_user)

    response = client.post(changelist, {"action": "decline", "_selected_action": [proposal.pk]}, follow=True)
    assert "Er is niets veranderd" in response.content.decode()
    assert Cooperatie.objects.get(pk=proposal.pk).status == Cooperatie.Status.VOORGESTELD

    Cooperatie.objects.filter(pk=proposal.pk).update(decline_reason="Dit is een bedrijf, geen coöperatie van burgers.")
    with mail_delivered():
        client.post(changelist, {"action": "decline", "_selected_action": [proposal.pk]})
    assert Cooperatie.objects.get(pk=proposal.pk).status == Cooperatie.Status.GEARCHIVEERD
    assert mailoutbox[0].subject == "Over uw aanmelding van Samen Sterk Zwolle"
    assert "Dit is een bedrijf, geen coöperatie van burgers." in mailoutbox[0].body


def test_a_very_similar_published_name_is_warned_about_before_saving(client):
    CooperatieFactory(name="Coöperatie De Vrije Uitloop", place="Breda")
    response = client.post(PROPOSAL_URL, valid_data(name="Cooperatie de Vrije Uitloop"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Staat deze coöperatie al op de website?" in html
    assert "Coöperatie De Vrije Uitloop</a> (Breda)" in html
    assert Cooperatie.objects.count() == 1

    # The proposer can go on: it may be another coöperatie.
    response = client.post(PROPOSAL_URL, valid_data(name="Cooperatie de Vrije Uitloop", doorgaan="ja"))
    assert response.status_code == 302
    assert Cooperatie.objects.filter(name="Cooperatie de Vrije Uitloop", status="voorgesteld").exists()


def test_a_different_name_is_not_warned_about(client):
    CooperatieFactory(name="Coöperatie De Vrije Uitloop")
    assert client.post(PROPOSAL_URL, valid_data(name="Samen Sterk Zwolle")).status_code == 302


def test_publishing_on_the_change_page_also_tells_the_proposer(client, secretariaat_user, mailoutbox, mail_delivered):
    proposal = CooperatieFactory(
        name="Samen Sterk Zwolle", status=Cooperatie.Status.VOORGESTELD, submitter_email="iemand@example.org"
    )
    client.force_login(secretariaat_user)
    url = reverse("admin:cooperaties_cooperatie_change", args=[proposal.pk])
    form = client.get(url).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("domains", "themes", "image")
    }
    data["status"] = Cooperatie.Status.GEARCHIVEERD
    data["loaded_version"] = proposal.version
    data["send_message"] = "on"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "decline_reason" in response.context["adminform"].form.errors
    assert Cooperatie.objects.get(pk=proposal.pk).status == Cooperatie.Status.VOORGESTELD

    data["status"] = Cooperatie.Status.GEPUBLICEERD
    with mail_delivered():
        assert client.post(url, data).status_code == 302
    assert Cooperatie.objects.get(pk=proposal.pk).is_published
    assert [mail.subject for mail in mailoutbox] == ["Samen Sterk Zwolle staat nu op de website"]


def _change_form_data(client, proposal):
    form = client.get(reverse("admin:cooperaties_cooperatie_change", args=[proposal.pk])).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("domains", "themes", "image")
    }
    data["loaded_version"] = proposal.version
    return data


def test_the_change_page_asks_whether_to_mail_and_ticks_it(client, secretariaat_user):
    proposal = CooperatieFactory(status=Cooperatie.Status.VOORGESTELD, submitter_email="iemand@example.org")
    client.force_login(secretariaat_user)

    html = client.get(reverse("admin:cooperaties_cooperatie_change", args=[proposal.pk])).content.decode()

    assert 'name="send_message"' in html and "Stuur bericht" in html
    assert re.search(r'<input[^>]*name="send_message"[^>]*checked', html)


def test_declining_without_a_message_needs_no_reason_and_mails_nobody(
    client, secretariaat_user, mailoutbox, mail_delivered
):
    proposal = CooperatieFactory(status=Cooperatie.Status.VOORGESTELD, submitter_email="iemand@example.org")
    client.force_login(secretariaat_user)
    data = _change_form_data(client, proposal) | {"status": Cooperatie.Status.GEARCHIVEERD}

    with mail_delivered():
        response = client.post(reverse("admin:cooperaties_cooperatie_change", args=[proposal.pk]), data)

    assert response.status_code == 302
    assert Cooperatie.objects.get(pk=proposal.pk).status == Cooperatie.Status.GEARCHIVEERD
    assert mailoutbox == []


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_reply_to_the_receipt_reaches_the_secretariat(client, mailoutbox, mail_delivered):
    with mail_delivered():
        client.post(PROPOSAL_URL, valid_data())
    receipt = next(mail for mail in mailoutbox if mail.to == ["iemand@example.org"])
    assert receipt.extra_headers["Reply-To"] == "secretariaat@example.org"
