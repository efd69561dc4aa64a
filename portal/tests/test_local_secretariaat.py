"""The local-only secretariat account that `make run` prints."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_never_created_when_debug_is_off():
    with pytest.raises(CommandError):
        call_command("local_secretariaat", stdout=io.StringIO())
    assert not get_user_model().objects.filter(email="secretariaat@localhost").exists()


@override_settings(DEBUG=True)
def test_password_is_printed_once_and_works(client):
    first, second = io.StringIO(), io.StringIO()
    call_command("local_secretariaat", stdout=first)
    call_command("local_secretariaat", stdout=second)
    password = first.getvalue().split("wachtwoord: ")[1].split()[0]
    assert password not in second.getvalue()
    assert get_user_model().objects.filter(email="secretariaat@localhost").count() == 1
    response = client.post("/account/login/", {"login": "secretariaat@localhost", "password": password})
    assert response.status_code == 302
    # The first visit to the admin asks to set up the second step (portal/admin_site.py).
    assert client.get("/admin/")["Location"].startswith("/admin/tweede-stap/")
