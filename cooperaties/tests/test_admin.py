import re

import pytest
from django.urls import reverse

from cooperaties.models import Cooperatie

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:cooperaties_cooperatie_changelist")


def test_changelist_shows_proposals_first_with_a_preview_link(client, secretariaat_user):
    CooperatieFactory(name="Aaa gepubliceerd")
    proposal = CooperatieFactory(name="Zzz voorstel", status=Cooperatie.Status.VOORGESTELD)
    client.force_login(secretariaat_user)

    html = client.get(CHANGELIST).content.decode()

    assert html.index("Zzz voorstel") < html.index("Aaa gepubliceerd")
    assert reverse("cooperaties:cooperatie-preview", args=[proposal.pk]) in html
    filter_block = html[html.index('id="changelist-filter"') :]
    assert filter_block.index("Voorgesteld") < filter_block.index("Gepubliceerd") < filter_block.index("Gearchiveerd")


def test_status_filter_search_and_archive_action(client, secretariaat_user):
    CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.VOORGESTELD)
    keep = CooperatieFactory(name="Moestuin")
    client.force_login(secretariaat_user)

    html = client.get(CHANGELIST, {"status": "voorgesteld"}).content.decode()
    assert "Buurtkracht" in html and "Moestuin" not in html
    html = client.get(CHANGELIST, {"q": "moestuin"}).content.decode()
    assert "Moestuin" in html and "Buurtkracht" not in html

    client.post(CHANGELIST, {"action": "archive", "_selected_action": [keep.pk]})
    keep.refresh_from_db()
    assert keep.status == Cooperatie.Status.GEARCHIVEERD


def test_change_form_opens_and_saves(client, secretariaat_user):
    coop = CooperatieFactory(name="Oud")
    client.force_login(secretariaat_user)
    url = reverse("admin:cooperaties_cooperatie_change", args=[coop.pk])
    assert client.get(url).status_code == 200
    assert re.search(r'name="domains"', client.get(url).content.decode())
