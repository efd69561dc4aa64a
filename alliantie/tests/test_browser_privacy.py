"""In the browser: a member downloads their data and deletes their account; the privacy statement."""

import json
from pathlib import Path

import pytest

from agenda import services as agenda_services
from agenda.models import Registration
from agenda.tests.factories import WorkshopFactory
from alliantie.tests.factories import PASSWORD, MembershipFactory
from conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_download_then_delete_account_gives_the_seat_away(page, assert_accessible):
    member = MembershipFactory().user
    first_waiting = MembershipFactory().user
    workshop = WorkshopFactory(capacity=1, title="Werkgroep inkomen")
    agenda_services.register(event=workshop.event, user=member, workshop=workshop, access_needs="ringleiding")
    agenda_services.register(event=workshop.event, user=first_waiting, workshop=workshop)

    login(page, member.email, PASSWORD)
    page.goto("/mijn-account/")
    page.get_by_role("link", name="Download mijn gegevens").click()
    assert page.get_by_text("ringleiding").is_visible()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download als bestand (JSON)").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert any(section["wat"] == "aanmeldingen" for section in data["gegevens"])

    page.goto("/mijn-account/")
    page.get_by_role("link", name="Verwijder mijn account").click()
    assert page.get_by_text("Uw plaats gaat naar iemand op de wachtlijst").is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Ja, verwijder mijn account").click()
    assert page.get_by_text("Uw account is verwijderd").is_visible()

    seat = Registration.objects.get(user=first_waiting)
    assert (seat.status, seat.waitlist_position) == ("bevestigd", None)
    assert Registration.objects.filter(event=workshop.event, user__isnull=True).count() == 1

    login(page, member.email, PASSWORD)
    assert "/account/login/" in page.url


def test_the_privacy_statement_is_accessible(page, assert_accessible):
    page.goto("/")
    page.get_by_role("link", name="Privacy").click()
    assert page.get_by_role("heading", name="Privacyverklaring", level=1).is_visible()
    assert page.get_by_role("heading", name="In het kort").is_visible()
    page.get_by_text("Aanmeldingen", exact=True).click()
    assert page.get_by_text("dieetwensen: tot 30 dagen na de activiteit").is_visible()
    assert_accessible(page)


def test_the_privacy_summary_fits_one_phone_screen(browser, live_server):
    page = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 568}, java_script_enabled=False
    ).new_page()
    page.goto("/privacy/")
    summary = page.locator(".summary-box").bounding_box()
    assert summary["height"] <= 568  # before: the statement was 22 screens with no summary
