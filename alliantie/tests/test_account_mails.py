"""allauth's mails in plain Dutch with "u", naming the Sociale Alliantie, never a host, greeting by name."""

import re

import pytest
from django.core import mail

from alliantie.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jouw|Hallo van)\b", re.IGNORECASE)


def test_the_sign_up_mail_is_in_plain_dutch_and_greets_by_name(client, mail_delivered):
    with mail_delivered():
        client.post(
            "/account/signup/",
            {
                "first_name": "Piet",
                "last_name": "de Vries",
                "email": "piet@example.org",
                "password1": "Een-lang-wachtwoord-2026",
                "password2": "Een-lang-wachtwoord-2026",
            },
        )
    message = mail.outbox[0]
    assert message.subject == "[Sociale Alliantie] Bevestig uw e-mailadres"
    assert message.body.startswith("Beste Piet de Vries,")
    assert "Sociale Alliantie" in message.body and not INFORMAL.search(message.body)
    first_lines = message.body.split("http")[0]
    assert "127.0.0.1" not in first_lines and "testserver" not in first_lines


def test_the_password_reset_mail_says_what_to_do(client, mail_delivered):
    user = UserFactory(first_name="Truus", last_name="de Boer")
    with mail_delivered():
        client.post("/account/password/reset/", {"email": user.email})
    message = mail.outbox[0]
    assert message.subject == "[Sociale Alliantie] Een nieuw wachtwoord kiezen"
    assert message.body.startswith("Beste Truus de Boer,")
    assert "Kies een nieuw wachtwoord met deze link:" in message.body and not INFORMAL.search(message.body)


def test_nobody_can_flood_an_address_with_password_reset_mails(client, mail_delivered):
    UserFactory(email="doelwit@example.org")
    with mail_delivered():
        answers = [
            client.post("/account/password/reset/", {"email": "doelwit@example.org"}).status_code for _ in range(5)
        ]
    assert answers == [302] * 5
    assert len([m for m in mail.outbox if m.to == ["doelwit@example.org"]]) == 3


def test_after_sign_up_the_page_says_in_plain_dutch_where_the_mail_went(client, mail_delivered):
    with mail_delivered():
        response = client.post(
            "/account/signup/",
            {
                "first_name": "Piet",
                "last_name": "de Vries",
                "email": "piet@example.org",
                "password1": "Een-lang-wachtwoord-2026",
                "password2": "Een-lang-wachtwoord-2026",
            },
            follow=True,
        )
    shown = [str(message) for message in response.context["messages"]]
    assert shown == [
        "Wij hebben u een e-mail gestuurd, naar piet@example.org. Klik op de link in die e-mail om uw e-mailadres "
        "te bevestigen."
    ]
