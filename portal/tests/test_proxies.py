"""One setting says how many proxies stand in front; forged forwarded headers change nothing without it."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


def failed_login(client_address, attempt):
    client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=client_address)
    client.post(reverse("account_login"), {"login": f"onbekend-{attempt}@example.org", "password": "fout"})


def login_from(client_address, user):
    client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=client_address)
    response = client.post(reverse("account_login"), {"login": user.email, "password": "geheim-wachtwoord-123"})
    # Staff then type the code of their app (allauth.mfa): a right password leads on to that step.
    return response.get("Location") == reverse("mfa_authenticate"), response


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_failures_of_eleven_visitors_do_not_block_a_twelfth(secretariaat_user):
    for number in range(11):
        failed_login(f"198.51.100.{number + 1}", number)
    logged_in, _ = login_from("198.51.100.99", secretariaat_user)
    assert logged_in


def test_without_trusted_proxies_a_forged_forwarded_header_does_not_escape_the_limit(secretariaat_user):
    for number in range(11):
        failed_login(f"198.51.100.{number + 1}", number)
    logged_in, response = login_from("198.51.100.99", secretariaat_user)
    assert not logged_in
    assert "Te veel inlogpogingen" in response.content.decode()
