"""In the browser: someone without an account phones to have their data erased; the audit trail after it."""

import pytest

from agenda import services as agenda_services
from agenda.models import Registration
from agenda.tests.factories import EventFactory
from conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = "var/screenshots-people"


@pytest.mark.parametrize("width", [1280, 375])
def test_a_phone_request_to_erase_a_person_without_an_account(page, secretariaat_user, width):
    page.set_viewport_size({"width": width, "height": 900})
    agenda_services.register(
        event=EventFactory(title="Alliantiedag Zwolle"),
        guest_name="Truus de Boer",
        guest_email="truus@example.org",
        registered_by=secretariaat_user,
    )
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/")
    page.get_by_role("link", name="Personen zoeken").click()
    page.get_by_label("Naam, e-mailadres of telefoonnummer").fill("Truus")
    page.get_by_role("button", name="Zoeken").click()
    page.screenshot(path=f"{SHOTS}/1-search-{width}.png", full_page=True)
    page.get_by_role("link", name="Truus de Boer").click()
    assert page.get_by_text("Alliantiedag Zwolle").first.is_visible()
    page.screenshot(path=f"{SHOTS}/2-person-{width}.png", full_page=True)
    page.get_by_role("link", name="Alles wissen").click()
    page.screenshot(path=f"{SHOTS}/3-confirm-{width}.png", full_page=True)
    page.get_by_role("button", name="Ja, alles wissen").click()
    assert page.get_by_text("zijn gewist").is_visible()
    assert not Registration.objects.filter(guest_name="Truus de Boer").exists()
    page.goto("/admin/auditlog/logentry/")
    page.screenshot(path=f"{SHOTS}/4-trail-{width}.png", full_page=True)
    assert page.get_by_text("Gegevens van een persoon gewist").first.is_visible()
