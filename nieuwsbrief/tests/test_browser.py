"""Browser tests: the subscribe flow, the archive and the exported HTML in the system Chromium."""

import re

import pytest
from django.core import mail

from alliantie.tests.factories import PASSWORD, UserFactory
from conftest import deliver_mail, login
from nieuwsbrief.edition_export import export_edition
from nieuwsbrief.models import Subscriber
from nieuwsbrief.tokens import make_confirm_token, make_unsubscribe_token

from .factories import ConsentFactory, EditionFactory, EditionItemFactory, SubscriberFactory

pytestmark = pytest.mark.browser


def test_subscribe_flow_is_accessible(page, assert_accessible):
    page.goto("/nieuwsbrief/aanmelden/")
    assert_accessible(page)

    page.fill("#id_email", "geen-adres")
    page.click("button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)

    page.fill("#id_email", "lezer@example.org")
    page.fill("#id_name", "Een Lezer")
    page.click("button[type=submit]")
    page.wait_for_url("**/aanmelden/verstuurd/")
    assert page.locator("h1").inner_text() == "Kijk in uw e-mail"
    assert_accessible(page)

    deliver_mail()
    confirm_path = re.search(r"https?://[^/]+(/nieuwsbrief/bevestigen/\S+/)", mail.outbox[0].body).group(1)
    page.goto(confirm_path)
    assert_accessible(page)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    page.click("button[type=submit]")
    page.wait_for_url("**/nieuwsbrief/bevestigd/")
    assert_accessible(page)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_unsubscribe_and_invalid_link_pages_are_accessible(page, assert_accessible):
    subscriber = SubscriberFactory()
    page.goto(f"/nieuwsbrief/afmelden/{make_unsubscribe_token(subscriber)}/")
    assert_accessible(page)
    page.click("button[type=submit]")
    page.wait_for_url("**/nieuwsbrief/afgemeld/")
    assert_accessible(page)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    consent = ConsentFactory()
    page.goto(f"/nieuwsbrief/bevestigen/{make_confirm_token(consent)}x/")
    assert page.locator("h1").inner_text() == "Deze link werkt niet"
    assert_accessible(page)


def test_my_subscription_is_accessible(page, assert_accessible):
    user = UserFactory()
    login(page, user.email, PASSWORD)
    page.goto("/nieuwsbrief/mijn-abonnement/")
    assert_accessible(page)
    page.click("button[value=subscribe]")
    assert page.locator(".messages").is_visible()
    assert_accessible(page)


def test_archive_and_edition_are_accessible(page, assert_accessible):
    edition = EditionFactory(number=1, title="Eerste nummer")
    EditionItemFactory(edition=edition, title="Een onderdeel")
    page.goto("/nieuwsbrief/")
    assert_accessible(page)
    page.click("text=Nummer 1: Eerste nummer")
    page.wait_for_url("**/nieuwsbrief/1/")
    assert_accessible(page)


def test_subscribe_page_fits_320_pixels(narrow_page):
    narrow_page.goto("/nieuwsbrief/aanmelden/")
    width = narrow_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320


def test_exported_html_renders_in_chromium(page, settings):
    settings.SITE_URL = "https://www.socialealliantie.nl"
    edition = EditionFactory(
        number=12,
        title="Samen werken aan bestaanszekerheid",
        introduction=("Een voorbeeldnummer om de opmaak te controleren."),
    )
    EditionItemFactory(
        edition=edition, title="Agenda: een bijeenkomst", text="Korte tekst over de bijeenkomst.", url="/agenda/"
    )
    EditionItemFactory(
        edition=edition, title="Een vrij onderdeel", text="Tekst met een link.", url="https://example.org/"
    )
    html = export_edition(edition, service="mailchimp").html

    # Block every request: the mail must need nothing from the network to look right.
    requests = []
    page.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    page.set_viewport_size({"width": 700, "height": 900})
    page.set_content(html)
    page.screenshot(path="/tmp/nieuwsbrief.png", full_page=True)
    assert requests == []
    assert page.locator("h1").inner_text() == "Samen werken aan bestaanszekerheid"
    assert page.get_by_role("link", name="Afmelden voor de nieuwsbrief").get_attribute("href") == "*|UNSUB|*"
    container = page.locator("table.container").bounding_box()
    assert container["width"] <= 600
    header_colour = page.locator("td.header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert header_colour == "rgb(138, 21, 56)"  # the brand colour arrives through the inline style
