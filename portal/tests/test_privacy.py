"""The register of personal data, the statement made from it, members' own data, and no personal page cached."""

import json
import re

import pytest
from django.db import models
from django.test.utils import isolate_apps

from agenda import services as agenda_services
from agenda.tests.factories import WorkshopFactory
from alliantie.tests.factories import PASSWORD, MembershipFactory
from portal.privacy import declaration_problems, portal_models, rules, rules_without_a_model

pytestmark = pytest.mark.django_db


def test_every_portal_model_declares_its_personal_data_and_rule():
    assert len(portal_models()) >= 20
    assert declaration_problems(portal_models()) == []


@isolate_apps("alliantie")
def test_a_new_model_without_a_declaration_is_caught():
    class Notitie(models.Model):
        text = models.TextField()

        class Meta:
            app_label = "alliantie"

        def __str__(self):
            return self.text

    assert declaration_problems([Notitie]) == ["alliantie.Notitie: declares no personal data and no rule"]


def test_the_statement_shows_every_entry_of_the_register(client):
    html = client.get("/privacy/").content.decode()
    for rule in rules().values():
        assert str(rule.description) in html
    assert "Autoriteit Persoonsgegevens" in html and "info@socialealliantie.nl" in html
    assert 'href="/privacy/"' in client.get("/").content.decode()


@pytest.mark.parametrize("path", ["/cooperaties/aanmelden/", "/nieuwsbrief/aanmelden/", "/account/signup/"])
def test_forms_that_ask_personal_data_link_to_the_statement(client, path):
    assert 'href="/privacy/"' in client.get(path).content.decode().split("<footer")[0]


@pytest.fixture
def member(client):
    membership = MembershipFactory()
    client.login(username=membership.user.username, password=PASSWORD)
    return membership.user


@pytest.mark.parametrize(
    "path", ["/mijn-account/", "/mijn-account/mijn-gegevens/", "/agenda/mijn-aanmeldingen/", "/nieuwsbrief/"]
)
def test_pages_for_a_logged_in_person_are_never_cached(client, member, path):
    cache_control = client.get(path)["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_the_admin_is_never_cached(client, secretariaat_user):
    client.force_login(secretariaat_user)
    assert "no-store" in client.get("/admin/").headers["Cache-Control"]


def test_my_data_holds_my_registration_with_its_wishes(client, member):
    workshop = WorkshopFactory()
    agenda_services.register(event=workshop.event, user=member, workshop=workshop, access_needs="ringleiding")
    response = client.get("/mijn-account/mijn-gegevens/", {"formaat": "json"})
    data = json.loads(response.content)
    kinds = {section["wat"]: section for section in data["gegevens"]}
    assert kinds["aanmeldingen"]["rijen"][0]["toegankelijkheid"] == "ringleiding"
    assert kinds["gebruikers"]["rijen"][0]["e-mailadres"] == member.email


def test_deleting_my_account_logs_me_out_and_keeps_the_registration_anonymous(client, member):
    workshop = WorkshopFactory(capacity=1)
    mine = agenda_services.register(event=workshop.event, user=member, workshop=workshop, dietary="halal")
    waiting = agenda_services.register(event=workshop.event, user=MembershipFactory().user, workshop=workshop)
    response = client.post("/mijn-account/verwijderen/")
    assert response.status_code == 302
    assert not type(member).objects.filter(pk=member.pk).exists()
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert (mine.user, mine.status, mine.dietary) == (None, "geannuleerd", "")
    assert waiting.status == "bevestigd"
    assert not client.login(username=member.username, password=PASSWORD)


def test_after_deleting_an_account_the_audit_trail_no_longer_names_the_person(client, member):
    from auditlog.models import LogEntry

    email, name = member.email, member.get_full_name()
    client.post("/mijn-account/verwijderen/")
    trail = " ".join(f"{e.object_repr} {e.changes_text} {e.changes} {e.actor_email}" for e in LogEntry.objects.all())
    assert email not in trail and name not in trail
    assert LogEntry.objects.filter(action=LogEntry.Action.DELETE, object_repr="(verwijderd account)").exists()


def test_my_data_includes_a_newsletter_subscription_made_without_logging_in(client, member):
    from nieuwsbrief.tests.factories import SubscriberFactory

    SubscriberFactory(email=member.email, user=None)
    data = json.loads(client.get("/mijn-account/mijn-gegevens/", {"formaat": "json"}).content)
    assert "abonnees" in {section["wat"] for section in data["gegevens"]}


def test_every_rule_about_data_outside_the_models_says_what_that_data_is():
    assert all(rule.about for rule in rules_without_a_model())


def test_the_statement_is_dated_and_says_periods_in_months_or_years(client):
    html = client.get("/privacy/").content.decode()
    assert "Bijgewerkt op 7 december 2026." in html
    long_in_days = [int(n) for n in re.findall(r"(\d+) dagen", html) if int(n) > 60]
    assert long_in_days == []
    assert "2 jaar" in html and "6 maanden" in html


def test_the_accessibility_statement_is_dated_with_a_summary(client):
    html = client.get("/toegankelijkheid/").content.decode()
    assert "Bijgewerkt op 6 december 2026." in html
    assert 'id="in-het-kort"' in html
