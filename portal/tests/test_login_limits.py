"""Login limits stop a guesser without letting anyone lock another person out."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"


def log_in(address, email, password):
    client = Client(REMOTE_ADDR=address)
    response = client.post(reverse("account_login"), {"login": email, "password": password})
    # Staff then type the code of their app (allauth.mfa): a right password leads on to that step.
    return response.get("Location") == reverse("mfa_authenticate"), response


def test_wrong_passwords_from_six_addresses_do_not_lock_the_owner_out(secretariaat_user):
    for number in range(1, 7):
        logged_in, _response = log_in(f"192.0.2.{number}", secretariaat_user.email, f"fout-{number}")
        assert not logged_in
    logged_in, _response = log_in("192.0.2.7", secretariaat_user.email, PASSWORD)
    assert logged_in


def test_a_hundred_guesses_from_one_address_are_stopped(secretariaat_user):
    refused = 0
    for attempt in range(100):
        _logged_in, response = log_in("192.0.2.66", f"iemand-{attempt}@example.org", "fout")
        # The failed-login limit answers "Te veel inlogpogingen"; allauth's limit on login posts, a 429.
        refused += response.status_code == 429 or "Te veel inlogpogingen" in response.content.decode()
    assert refused == 90  # the first ten in a minute are answered, every one after is refused
    logged_in, _response = log_in("192.0.2.66", secretariaat_user.email, PASSWORD)
    assert not logged_in  # not even a right password gets through from that address for now


def test_five_wrong_passwords_for_one_account_from_one_address_stop_that_pair(secretariaat_user):
    for attempt in range(5):
        log_in("192.0.2.8", secretariaat_user.email, f"fout-{attempt}")
    assert log_in("192.0.2.8", secretariaat_user.email, PASSWORD)[0] is False
    assert log_in("192.0.2.9", secretariaat_user.email, PASSWORD)[0] is True
