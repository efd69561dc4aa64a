"""A visitor on a phone, without JavaScript, writes to a coöperatie whose address the portal does not know."""

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from portal.outbox.models import OutgoingMail

from .factories import CooperatieFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False, viewport={"width": 375, "height": 740}
    )
    yield context.new_page()
    context.close()


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_visitor_writes_to_a_cooperatie_without_an_address(phone, tmp_path):
    cooperatie = CooperatieFactory(name="Fort Vreeswijk", slug="fort-vreeswijk", place="Nieuwegein", contact_address="")
    phone.goto(cooperatie.get_absolute_url())
    phone.get_by_role("link", name="Stuur deze coöperatie een bericht.").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Stuur Fort Vreeswijk een bericht")

    phone.get_by_role("button", name="Bericht versturen").click()
    expect(phone.locator(".error-summary")).to_contain_text("Er zijn 3 fouten")
    phone.screenshot(path=tmp_path / "bericht-fouten-375.png", full_page=True)
    # The page fits a phone: nothing sticks out sideways.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375

    phone.get_by_label("Uw naam").fill("Ans de Vries")
    phone.get_by_label("Uw e-mailadres").fill("ans@example.org")
    phone.get_by_label("Uw bericht").fill("Zoeken jullie nog vrijwilligers voor de moestuin?")
    phone.get_by_role("button", name="Bericht versturen").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Dank u wel voor uw bericht")
    expect(phone.locator("main")).to_contain_text("secretariaat")
    phone.screenshot(path=tmp_path / "bericht-bedankt-375.png", full_page=True)

    outbox = {tuple(mail.to): mail for mail in OutgoingMail.objects.all()}
    assert set(outbox) == {("secretariaat@example.org",), ("ans@example.org",)}
    assert "Zoeken jullie nog vrijwilligers" in outbox[("secretariaat@example.org",)].body
    assert outbox[("secretariaat@example.org",)].headers["Reply-To"] == "ans@example.org"


def test_on_paper_the_contact_block_gives_the_form_address(browser, live_server, tmp_path):
    cooperatie = CooperatieFactory(
        name="Fort Vreeswijk", slug="fort-vreeswijk", place="Nieuwegein", website="https://fort.example.org"
    )
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    page.goto(cooperatie.get_absolute_url())
    page.locator("#bericht").screenshot(path=tmp_path / "profiel-contact-320.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.emulate_media(media="print")
    expect(page.locator("#bericht")).to_be_visible()
    expect(page.locator("#bericht .print-only")).to_contain_text("/cooperaties/fort-vreeswijk/bericht/")
    page.screenshot(path=tmp_path / "profiel-print.png", full_page=True)
    context.close()
