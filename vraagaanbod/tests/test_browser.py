"""In the browser, at phone width and without JavaScript: a coöperatie posts a question through its mailed link,
the secretariat publishes it, a visitor finds it in the list and on the coöperatie's profile."""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from conftest import deliver_mail, login
from cooperaties.tests.factories import CooperatieFactory, ThemeFactory
from vraagaanbod import services
from vraagaanbod.models import Posting

from .factories import TODAY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LINK = re.compile(r"http://\S+?(/vraag-en-aanbod/plaatsen/\d+/\S+/)")
# Screenshots for a person to look at, only when asked for: VRAAGAANBOD_SCREENSHOTS=<folder>.
SHOTS = os.environ.get("VRAAGAANBOD_SCREENSHOTS", "")


def shoot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS, f"{name}.png")), full_page=True)


def test_coop_posts_a_question_secretariat_publishes_visitor_finds_it(
    browser, live_server, secretariaat_user, time_machine, assert_accessible
):
    time_machine.move_to(timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(10))))
    ThemeFactory(slug="lokale-economie", name="Lokale economie")
    fort = CooperatieFactory(name="Fort Vreeswijk", slug="fort-vreeswijk", contact_address="fort@example.org")
    services.send_posting_links(cooperaties=type(fort).objects.filter(pk=fort.pk))
    deliver_mail()
    link = LINK.search(next(m for m in mail.outbox if m.to == ["fort@example.org"]).body).group(1)

    def phone():
        context = browser.new_context(
            base_url=live_server.url, locale="nl-NL", java_script_enabled=False, viewport={"width": 375, "height": 740}
        )
        return context.new_page()

    # The coöperatie, without an account, posts a question.
    coop = phone()
    coop.goto(link)
    expect(coop.get_by_role("heading", level=1)).to_have_text("Plaats een vraag of aanbod")
    coop.get_by_label("Vraag", exact=True).check()
    coop.get_by_label("Titel").fill("Wie weet hoe een voedselcoöperatie begint?")
    coop.get_by_label("Uw vraag of aanbod").fill("Wij willen beginnen en zoeken coöperaties die dat al deden.")
    coop.get_by_label("Onderwerp").select_option(label="Lokale economie")
    coop.get_by_label("Voor welke provincie?").select_option(label="Utrecht")
    coop.get_by_label("Tot en met welke datum geldt het?").fill("30-04-2031")
    shoot(coop, "1-formulier")
    coop.get_by_role("button", name="Versturen").click()
    expect(coop.get_by_role("heading", level=1)).to_have_text("Dank u wel")
    posting = Posting.objects.get()
    assert posting.is_waiting

    # The secretariat publishes it from the change form.
    admin = phone()
    login(admin, secretariaat_user.email, "geheim-wachtwoord-123")
    admin.goto(f"/admin/vraagaanbod/posting/{posting.pk}/change/")
    shoot(admin, "2-beheer")
    admin.get_by_role("button", name="Publiceren").click()
    expect(admin.get_by_text("Dit staat nu op de website.")).to_be_visible()

    # A visitor finds it in the list, on its own page and on the coöperatie's profile.
    visitor = phone()
    visitor.goto("/vraag-en-aanbod/?soort=vraag&provincie=utrecht")
    expect(visitor.get_by_role("link", name="Wie weet hoe een voedselcoöperatie begint?")).to_be_visible()
    shoot(visitor, "3-lijst")
    visitor.get_by_role("link", name="Wie weet hoe een voedselcoöperatie begint?").click()
    expect(visitor.get_by_role("link", name="Reageer aan Fort Vreeswijk")).to_have_attribute(
        "href", re.compile(r"^/cooperaties/fort-vreeswijk/bericht/\?onderwerp=Reactie\+op")
    )
    shoot(visitor, "4-vraag")
    visitor.get_by_role("link", name="Fort Vreeswijk").first.click()
    expect(visitor.get_by_role("heading", name="Vraag en aanbod van deze coöperatie")).to_be_visible()
    shoot(visitor, "5-profiel")

    # axe needs JavaScript: the same pages again in a browser that has it.
    checker = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 375, "height": 740})
    check = checker.new_page()
    for path in (link, "/vraag-en-aanbod/?soort=vraag", posting.get_absolute_url(), "/cooperaties/fort-vreeswijk/"):
        check.goto(path)
        assert_accessible(check)
