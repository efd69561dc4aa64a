"""Hostile values in every public form and query string: no 5xx, no markup reflected, no double rows."""

import re

import pytest
from django.test import Client

from agenda.models import Event
from alliantie.tests.factories import PASSWORD, MembershipFactory, UserFactory
from cooperaties.models import Cooperatie

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    "",
    "x" * 20_000,
    "nul\x00teken",
    "links\u202erechts",
    "😀🏳️‍🌈",
    SCRIPT,
    "'; DROP TABLE cooperaties_cooperatie; --",
    "' OR 1=1 --",
    "eerste regel\nBcc: iemand@example.org\r\nSubject: x",
]
PUBLIC_FORMS = ["/cooperaties/aanmelden/", "/nieuwsbrief/aanmelden/", "/account/signup/", "/account/login/"]
ACCOUNT_FORMS = ["/mijn-account/gegevens/", "/mijn-account/organisatie/"]
SEARCH_PAGES = ["/cooperaties/", "/agenda/", "/documenten/", "/netwerk/", "/nieuwsbrief/", "/kloven/"]
SKIP_FIELDS = {"csrfmiddlewaretoken", "website_url"}


def field_names(html):
    names = re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', html)
    return sorted(set(names) - SKIP_FIELDS)


def assert_safe(response, where):
    assert response.status_code < 500, where
    assert SCRIPT not in response.content.decode(errors="replace"), where


def attack(client, path, number):
    names = field_names(client.get(path).content.decode())
    assert names, f"no form fields found on {path}"
    for value in HOSTILE:
        response = client.post(path, dict.fromkeys(names, value), REMOTE_ADDR=f"192.0.2.{number}")
        assert_safe(response, (path, value[:30]))


@pytest.mark.parametrize("path", PUBLIC_FORMS)
def test_public_forms(client, seeded, path):
    attack(client, path, PUBLIC_FORMS.index(path) + 1)


@pytest.mark.parametrize("path", ACCOUNT_FORMS)
def test_account_forms(client, seeded, path):
    user = UserFactory()
    client.login(username=user.username, password=PASSWORD)
    attack(client, path, 50)


def test_event_registration_form(client, seeded):
    membership = MembershipFactory()
    client.login(username=membership.user.username, password=PASSWORD)
    event = Event.objects.filter(is_example=True).get()
    attack(client, f"/agenda/{event.slug}/aanmelden/", 60)


@pytest.mark.parametrize("path", SEARCH_PAGES)
def test_query_strings(seeded, path):
    client = Client()
    for value in HOSTILE:
        for parameter in ["q", "page", "province", "domain", "theme", "kind", "region", "year", "sector", "zzz"]:
            assert_safe(client.get(path, {parameter: value}), (path, parameter, value[:30]))


def test_a_newline_in_a_proposal_name_is_saved_once_and_mailed(client, seeded, mailoutbox, mail_delivered):
    data = {
        "name": "Buurtkracht\nBcc: iemand@example.org",
        "summary": "Samen sterk in de wijk.",
        "submitter_name": "Piet",
        "submitter_email": "piet@example.org",
    }
    with mail_delivered():
        response = client.post("/cooperaties/aanmelden/", data)
    assert response.status_code == 302
    assert Cooperatie.objects.filter(name__startswith="Buurtkracht").count() == 1
    assert mailoutbox[0].subject.endswith("Buurtkracht Bcc: iemand@example.org")
