"""A member registers for the example Alliantiedag in a real browser, gets the mail with .ics, and cancels."""

import re

import pytest
from django.core import mail
from icalendar import Calendar

from agenda.models import Event, Registration
from alliantie.tests.factories import PASSWORD, MembershipFactory
from conftest import deliver_mail


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_member_registers_for_example_day_and_cancels(page, seeded, assert_accessible):
    example = Event.objects.get(is_example=True)
    member = MembershipFactory(user__first_name="Fatima", user__last_name="El Amrani").user

    page.goto("/agenda/")
    assert_accessible(page)
    page.get_by_role("link", name=example.title).click()
    assert page.url.endswith(example.get_absolute_url())
    assert page.get_by_text("nog 20 plaatsen").is_visible()
    assert_accessible(page)

    # Log in from the event page, and come back to it.
    page.get_by_role("link", name="Log dan eerst in").click()
    page.fill("input[name=login]", member.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(example.get_absolute_url()) + "$"))

    page.get_by_role("link", name="Aanmelden", exact=True).click()
    assert_accessible(page)
    # Sending without a choice gives a clear error, and nothing is saved.
    page.get_by_role("button", name="Aanmelden").click()
    assert page.locator(".error-summary").is_visible()
    assert "Kies een werkgroep" in page.locator(".error-summary").inner_text()
    assert_accessible(page)
    assert not Registration.objects.exists()

    page.get_by_label(re.compile("Voorbeeldwerkgroep B")).check()
    page.get_by_label(re.compile("Dieetwensen")).fill("vegetarisch")
    page.get_by_role("button", name="Aanmelden").click()
    assert page.get_by_role("heading", name="U bent aangemeld").is_visible()
    assert_accessible(page)

    registration = Registration.objects.get(user=member)
    assert registration.status == "bevestigd" and registration.workshop.title == "Voorbeeldwerkgroep B"
    deliver_mail()
    confirmation = [m for m in mail.outbox if m.to == [member.email]]
    assert len(confirmation) == 1 and "Aanmelding bevestigd" in confirmation[0].subject
    filename, content, mimetype = confirmation[0].attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    entry = Calendar.from_ical(content).walk("VEVENT")[0]
    assert entry.decoded("DTSTART").date() == example.date

    page.get_by_role("link", name="Naar mijn aanmeldingen").click()
    assert page.get_by_text("Bevestigd").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("^Afmelden")).click()
    assert_accessible(page)
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_text("U bent afgemeld").is_visible()
    registration.refresh_from_db()
    assert registration.status == "geannuleerd"
    deliver_mail()
    assert any("afgemeld" in m.subject for m in mail.outbox if m.to == [member.email])

    # The seat is free again on the event page.
    page.goto(example.get_absolute_url())
    assert page.get_by_text("nog 15 plaatsen").is_visible()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_agenda_readable_at_320px_without_sideways_scrolling(narrow_page, seeded):
    narrow_page.goto("/agenda/")
    width = narrow_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    narrow_page.goto(Event.objects.get(is_example=True).get_absolute_url())
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_my_registrations_on_a_320_pixel_phone_show_every_action(narrow_page, assert_accessible):
    from agenda import services
    from agenda.tests.factories import EventFactory, WorkshopFactory
    from conftest import login

    member = MembershipFactory().user
    event = EventFactory(title="Alliantiedag met een heel lange naam in Bergen op Zoom", capacity=20)
    workshop = WorkshopFactory(event=event, title="Cliëntenparticipatiewerkgroep A", capacity=10)
    services.register(event=event, user=member, workshop=workshop)

    login(narrow_page, member.email, PASSWORD)
    narrow_page.goto("/agenda/mijn-aanmeldingen/")
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 320
    for name in ["Afmelden", "Andere werkgroep"]:
        action = narrow_page.get_by_role("link", name=re.compile(f"^{name}"))
        assert action.is_visible()
        box = action.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, name
    assert narrow_page.get_by_text("Bevestigd").is_visible()
    assert_accessible(narrow_page)
