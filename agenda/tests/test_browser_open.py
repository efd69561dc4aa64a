"""In a real browser at 320 px without JavaScript: a visitor without an account registers for an open
Alliantiedag with a phone number only and asks for travel costs, then cancels through the private page; the
first person waiting gets the seat. Screenshots in /tmp/agenda-shots/ to look at."""

from pathlib import Path

import pytest

from agenda import services
from agenda.models import Event, Registration

from .factories import EventFactory, WorkshopFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/agenda-shots")


def test_a_visitor_registers_by_phone_only_and_cancels_at_320_px_without_javascript(browser, live_server):
    event = EventFactory(title="Alliantiedag Roermond", city="Roermond", audience=Event.Audience.IEDEREEN)
    workshop = WorkshopFactory(event=event, title="Samen sterker", capacity=1)
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 568}, java_script_enabled=False
    )
    page = context.new_page()
    SHOTS.mkdir(exist_ok=True)

    page.goto(event.get_absolute_url())
    page.get_by_role("link", name="Aanmelden", exact=True).click()
    page.get_by_label("Uw naam").fill("Jan Jansen")
    page.get_by_label("Uw telefoonnummer").fill("06 12345678")
    page.get_by_label("Samen sterker", exact=False).check()
    page.get_by_label("Ik vraag een vergoeding van mijn reiskosten").check()
    page.screenshot(path=SHOTS / "320-open-formulier.png", full_page=True)
    page.get_by_role("button", name="Aanmelden").click()

    registration = Registration.objects.get()
    assert page.get_by_role("heading", name="Uw aanmelding voor Alliantiedag Roermond").is_visible()
    assert page.get_by_text(registration.access_code_display).first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=SHOTS / "320-eigen-pagina.png", full_page=True)
    assert (registration.guest_phone, registration.travel_costs) == ("0612345678", True)

    waiting = services.register(event=event, guest_name="Els", guest_email="els@example.org", workshop=workshop)
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_text("Deze aanmelding is afgemeld.").is_visible()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.BEVESTIGD
    context.close()


def test_the_open_form_and_the_private_page_have_no_axe_violations(page, assert_accessible):
    event = EventFactory(title="Alliantiedag Deventer", city="Deventer", audience=Event.Audience.IEDEREEN)
    WorkshopFactory(event=event, title="Wonen", capacity=10)
    page.goto(f"/agenda/{event.slug}/aanmelden-zonder-account/")
    page.get_by_role("button", name="Aanmelden").click()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    registration = services.register(
        event=event, guest_name="Els", guest_email="els@example.org", workshop=event.workshops.get()
    )
    page.goto(registration.get_private_url())
    assert_accessible(page)
