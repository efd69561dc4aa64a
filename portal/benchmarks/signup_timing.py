"""Benchmark (not a test): does sign-up take as long for a known address as for a new one?

    make db && .venv/bin/python portal/benchmarks/signup_timing.py [ROUNDS]

Posts the sign-up form ROUNDS times (default 20) for an address that has an account and for new
addresses, alternating, with the production password hasher, and prints the medians. Everything
happens in a transaction that is rolled back, so the database is left as it was.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402


class Rollback(Exception):
    pass


def post(client, email):
    password = "Een-lang-wachtwoord-2026"
    data = {"first_name": "Piet", "last_name": "de Vries", "email": email, "password1": password, "password2": password}
    start = time.perf_counter()
    response = client.post(reverse("account_signup"), data)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 302, response.status_code
    return elapsed


def main(rounds):
    from alliantie.models import User

    known, new = [], []
    try:
        with transaction.atomic(), override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            User.objects.create_user(username="bekend", email="bekend@example.org", password="x")
            post(Client(), "opwarmen@example.org")
            for number in range(rounds):
                # A fresh client each time: the login-rate limits count per session and address.
                known.append(post(Client(REMOTE_ADDR=f"192.0.2.{number % 200}"), "bekend@example.org"))
                new.append(post(Client(REMOTE_ADDR=f"198.51.100.{number % 200}"), f"nieuw-{number}@example.org"))
            raise Rollback
    except Rollback:
        pass
    print(f"{'adres':<10} {'n':>4} {'mediaan ms':>11} {'min ms':>8} {'max ms':>8}")
    for label, values in (("bekend", known), ("nieuw", new)):
        print(
            f"{label:<10} {len(values):>4} {statistics.median(values):>11.1f} {min(values):>8.1f} {max(values):>8.1f}"
        )


if __name__ == "__main__":
    setup_test_environment()
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
