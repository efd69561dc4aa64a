"""Changing one's own e-mail address: the new one counts only once verified, and the old one is told."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def ask_for_new_address(client, mail_delivered):
    user = UserFactory(email="oud@example.org")
    client.force_login(user)
    with mail_delivered():
        client.post("/account/email/", {"email": "nieuw@example.org", "action_add": ""})
    return user


def test_a_new_address_does_not_count_before_it_is_verified(client, mail_delivered):
    user = ask_for_new_address(client, mail_delivered)
    user.refresh_from_db()
    assert user.email == "oud@example.org"
    assert EmailAddress.objects.get_primary_email(user) == "oud@example.org"
    assert not EmailAddress.objects.filter(email="nieuw@example.org", verified=True).exists()


def test_once_the_new_address_is_verified_the_old_one_is_told(client, mail_delivered):
    user = ask_for_new_address(client, mail_delivered)
    (confirmation,) = [m for m in mail.outbox if m.to == ["nieuw@example.org"]]
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+)", confirmation.body).group(1)
    with mail_delivered():
        client.post(link)
    user.refresh_from_db()
    told = [m for m in mail.outbox if m.to == ["oud@example.org"]]
    assert user.email == "nieuw@example.org"
    assert [m.subject for m in told] == ["[Sociale Alliantie] Het e-mailadres van uw account is veranderd"]
    assert "veranderd van oud@example.org in nieuw@example.org" in told[0].body


def test_a_changed_password_is_told_by_mail(client, mail_delivered):
    user = UserFactory(email="lid@example.org")
    client.force_login(user)
    new = "een-nieuw-wachtwoord-77"
    with mail_delivered():
        client.post("/account/password/change/", {"oldpassword": PASSWORD, "password1": new, "password2": new})
    assert [m.subject for m in mail.outbox] == ["[Sociale Alliantie] Uw wachtwoord is veranderd"]
