"""In the browser, at desk and phone width: the secretariat reads why a mail failed and sends it to the
corrected address."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import deliver_mail, login
from portal.outbox.tests.factories import FailedMailFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def keep_screenshot(page, name):
    # SCREENSHOT_DIR set: the pages are kept to be looked at by a person.
    if folder := os.environ.get("SCREENSHOT_DIR"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


@pytest.mark.parametrize("width", [1280, 375])
def test_secretariat_corrects_the_address_of_a_failed_mail(browser, live_server, secretariaat_user, width):
    from django.core import mail

    failed = FailedMailFactory(
        to=["lezer4@exmaple.org"],
        last_error="SMTPRecipientsRefused: {'lezer4@exmaple.org': (550, b'5.1.1 no such domain')}",
    )
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": width, "height": 900})
    page = context.new_page()
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/outbox/outgoingmail/?status__exact=mislukt")
    keep_screenshot(page, f"outbox-list-{width}")
    page.locator("#result_list").get_by_role("link", name="Bevestiging aanmelding").click()
    expect(page.get_by_text("Het adres werd geweigerd: lezer4@exmaple.org.")).to_be_visible()
    keep_screenshot(page, f"outbox-failed-mail-{width}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_label("Juist e-mailadres").fill("lezer4@example.org")
    page.get_by_role("button", name="Adres verbeteren en versturen").click()
    expect(page.get_by_text("Het adres is verbeterd. De e-mail gaat nu naar lezer4@example.org.")).to_be_visible()
    keep_screenshot(page, f"outbox-corrected-{width}")
    deliver_mail()
    context.close()
    assert [m.to for m in mail.outbox if m.subject == failed.subject] == [["lezer4@example.org"]]
