"""At 375 px: a participant votes with a code and changes the vote; the secretariat adds a paper tally
and publishes; the results chart and table show phone and paper added up. Axe finds nothing."""

import pytest

from agenda.models import Development, Sticker, Vote
from agenda.tests.factories import EventFactory
from agenda.votes import services
from conftest import login
from portal.tests import vnu


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 375, "height": 812})
    page = context.new_page()
    yield page
    context.close()


def no_sideways_scrolling(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_vote_with_code_change_it_paper_tally_and_published_results(phone, assert_accessible, secretariaat_user):
    event = EventFactory(title="Alliantiedag Deventer", slug="alliantiedag-deventer", city="Deventer")
    vote = Vote.objects.create(event=event, stickers_per_person=2, status=Vote.Status.OPEN)
    concern = Development.objects.create(vote=vote, title="Verschraling van sociale voorzieningen", order=1)
    chance = Development.objects.create(vote=vote, title="Aansluiting zoeken bij solidariteitsinitiatieven", order=2)
    code = services.make_codes(vote=vote, loose=1)[0]
    page = phone
    documents = {}

    # The room shows the address; the participant types the code from the slip.
    page.goto(f"/agenda/{event.slug}/stemmen/")
    assert_accessible(page)
    page.get_by_label("Uw stemcode").fill("ZZZZ-ZZZZ")
    page.get_by_role("button", name="Naar mijn stem").click()
    assert "Deze stemcode klopt niet" in page.locator(".error-summary").inner_text()
    assert_accessible(page)
    page.get_by_label("Uw stemcode").fill(services.display(code.code).lower())
    page.get_by_role("button", name="Naar mijn stem").click()
    assert page.get_by_role("heading", name="Uw stem: Verweer of Vernieuwing").is_visible()
    documents["stembiljet"] = page.content()
    no_sideways_scrolling(page)
    assert_accessible(page)

    page.get_by_role("group", name=concern.title).get_by_label("Verweer").check()
    page.get_by_role("group", name=chance.title).get_by_label("Vernieuwing").check()
    page.get_by_role("button", name="Stem opslaan").click()
    assert page.get_by_text("Uw stem is opgeslagen").is_visible()
    # Changing: the second sticker moves to Verweer as well.
    page.get_by_role("group", name=chance.title).get_by_label("Verweer").check()
    page.get_by_role("button", name="Stem wijzigen").click()
    assert page.get_by_text("Uw stem is opgeslagen").is_visible()
    assert_accessible(page)
    assert sorted(Sticker.objects.values_list("side", flat=True)) == ["verweer", "verweer"]

    # The secretariat closes the vote, enters the paper posters and publishes.
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/agenda/vote/")
    page.locator("input[name=_selected_action]").check()
    page.select_option("select[name=action]", "close_votes")
    page.locator("button[name=index]").click()
    page.goto(f"/admin/agenda/vote/{vote.pk}/change/")
    page.fill("input[name=developments-0-paper_verweer]", "7")
    page.fill("input[name=developments-0-paper_vernieuwing]", "3")
    page.fill("input[name=developments-1-paper_vernieuwing]", "12")
    page.locator("input[name=_save]").click()
    page.locator("input[name=_selected_action]").check()
    page.select_option("select[name=action]", "publish_votes")
    page.locator("button[name=index]").click()
    vote.refresh_from_db()
    assert vote.is_published

    # A closed vote refuses the code, with a clear message.
    page.goto(f"/agenda/{event.slug}/stemmen/{code.code}/")
    assert "Het stemmen is gesloten" in page.content()

    page.goto(f"/agenda/{event.slug}/uitslag/")
    documents["uitslag"] = page.content()
    no_sideways_scrolling(page)
    assert_accessible(page)
    bars = page.locator("figure.diverging svg[role=img]")
    assert bars.nth(0).get_attribute("aria-label") == f"{concern.title}: 8 bij Verweer, 3 bij Vernieuwing"
    assert bars.nth(1).get_attribute("aria-label") == f"{chance.title}: 1 bij Verweer, 12 bij Vernieuwing"
    rows = page.locator("figure.diverging tbody tr")
    assert rows.nth(0).locator("td").all_inner_texts() == ["8", "3", "11", "7 en 3"]
    assert rows.nth(1).locator("td").all_inner_texts() == ["1", "12", "13", "0 en 12"]
    # Numbers in the chart stay readable on a phone: at least 14 CSS px, not scaled down.
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('figure.diverging svg text')).fontSize)")
    box = page.locator("figure.diverging svg text").first.bounding_box()
    assert size >= 14 and box["height"] >= 14
    if vnu.java():
        assert vnu.errors(documents) == []
