"""allauth's account pages speak plain Dutch with 'u', as the rest of the portal does."""

import re

import pytest
from django.utils.html import strip_tags

from alliantie.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
ANONYMOUS_PAGES = [
    "/account/login/",
    "/account/signup/",
    "/account/password/reset/",
    "/account/password/reset/done/",
    "/account/confirm-email/",
    "/account/password/reset/key/1-ongeldig/",
]
MEMBER_PAGES = ["/account/email/", "/account/password/change/", "/account/logout/"]


def informal_words(response):
    return INFORMAL.findall(strip_tags(response.content.decode()))


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_account_pages_say_u(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert informal_words(response) == []


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_account_pages_of_a_member_say_u(client, path):
    client.force_login(UserFactory())
    response = client.get(path)
    assert response.status_code == 200
    assert informal_words(response) == []


def test_a_wrong_password_is_told_in_plain_words(client):
    user = UserFactory()
    response = client.post("/account/login/", {"login": user.email, "password": "fout-wachtwoord"})
    html = response.content.decode()
    assert "Het e-mailadres of het wachtwoord klopt niet." in html
    assert informal_words(response) == []


def test_the_reset_page_explains_what_happens(client):
    html = client.get("/account/password/reset/").content.decode()
    assert "U krijgt dan een e-mail met een link" in html
