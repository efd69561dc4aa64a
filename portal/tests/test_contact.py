"""The network's phone number (seed 000: "Telefoon 06 – 42092030") on every page, for people who would rather call."""

import pytest

pytestmark = pytest.mark.django_db

CALL_US = '<a href="tel:+31642092030">Bel ons: 06 – 42092030</a>'


def test_every_pages_footer_has_the_phone_number_as_a_link(client):
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert CALL_US in footer


def test_the_privacy_statement_gives_the_number_where_it_says_call_us(client):
    html = client.get("/privacy/").content.decode()
    assert 'Bel ons op <a href="tel:+31642092030">06 – 42092030</a>' in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_footers_phone_link_fits_a_phone_screen(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.goto("/")
    link = page.get_by_role("link", name="Bel ons: 06 – 42092030")
    link.scroll_into_view_if_needed()
    page.screenshot(path="/tmp/telefoon-voettekst.png")
    assert link.is_visible() and page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()
