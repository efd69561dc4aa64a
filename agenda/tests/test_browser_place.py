"""In a real browser: an event without a place at 320 px without JavaScript, and the Belijst printed on A4.
Screenshots and the PDF in /tmp/agenda-shots/ to look at."""

from pathlib import Path

import pytest

from agenda import services
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, UserFactory
from conftest import axe_violations, login

from .factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/agenda-shots")


def test_an_event_without_a_place_at_320_px_without_javascript(browser, live_server):
    event = EventFactory(title="Alliantiedag Noord", city="", venue="", region="Friesland")
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 700}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(event.get_absolute_url())
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / "320-plaats-volgt.png", full_page=True)
    assert page.get_by_text("Plaats volgt").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_the_belijst_prints_on_a4(browser, live_server, secretariaat_user):
    event = EventFactory(title="Alliantiedag Zwolle", city="Zwolle", venue="Het Zwolse Huis")
    contact = MembershipFactory(
        role=Membership.Role.CONTACTPERSOON, user=UserFactory(first_name="Anna", last_name="Bakker")
    )
    for name in ("Truus de Boer", "Piet van den Berg", "Kees Jansen"):
        services.register(event=event, guest_name=name, organisation=contact.organisation, registered_by=contact.user)
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto(f"/admin/agenda/event/{event.pk}/belijst/")
    assert page.locator(".belijst tbody tr").count() == 3
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / "belijst-print.png", full_page=True)
    page.pdf(path=SHOTS / "belijst.pdf", format="A4")
    assert not page.locator("#header").is_visible()
    context.close()
