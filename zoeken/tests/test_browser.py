"""In Chromium: the header's search box works without JavaScript; the new pages have 0 axe violations."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_from_the_header_without_javascript(page_no_js, seeded):
    page_no_js.goto("/")
    page_no_js.get_by_label("Zoeken op deze site").fill("voedselbank")
    page_no_js.get_by_role("banner").get_by_role("button", name="Zoeken").click()

    expect(page_no_js.get_by_role("heading", level=1)).to_have_text("Zoeken op de hele website")
    expect(page_no_js.get_by_role("link", name="Inkomenskloof", exact=True)).to_be_visible()
    expect(page_no_js.get_by_role("link", name="Genadebrood")).to_be_visible()
    expect(page_no_js.locator("mark").first).to_be_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/zoeken/?q=voedselbank",
        "/zoeken/?q=Brenninkmeijer",
        "/zoeken/?q=zeppelinwerf",
        "/publicaties/",
        "/publicaties/samen-werken-aan-bestaanszekerheid/",
        "/publicaties/expeditie-bestaanszekerheid/",
        "/publicaties/alliantiedagen-2012/",
        "/publicaties/genadebrood/",
        "/verhalen/",
        "/verhalen/delen/",
    ],
)
def test_new_pages_have_no_axe_violations_and_fit_320px(page, narrow_page, seeded, assert_accessible, path):
    page.goto(path)
    assert_accessible(page)
    narrow_page.goto(path)
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(narrow_page)


def test_story_pages_have_no_axe_violations(page, seeded, assert_accessible):
    from manifest.models import Kloof
    from verhalen.tests.factories import StoryFactory
    from verhalen.tokens import make_remove_token

    story = StoryFactory(published=True, title="Elke maand rekenen", naming="voornaam", name="Anna de Vries")
    story.kloven.add(Kloof.objects.get(slug="inkomenskloof"))
    for path in (
        story.get_absolute_url(),
        "/verhalen/",
        f"/verhalen/weghalen/{make_remove_token(story)}/",
        "/verhalen/weghalen/niet-goed/",
        "/zoeken/?q=rekenen",
    ):
        page.goto(path)
        assert_accessible(page)
    page.goto(f"/verhalen/weghalen/{make_remove_token(story)}/")
    page.get_by_role("button", name="Haal mijn verhaal weg").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw verhaal is weggehaald")
    assert_accessible(page)
