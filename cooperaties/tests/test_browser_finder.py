"""In a real browser at 320 px, with and without JavaScript: after a search the page opens at the results, with
the count and the first result on the first screen (before: the count 1,581 px down, the first result 1,939)."""

import re
from pathlib import Path

import pytest

from cooperaties import municipalities
from cooperaties.models import Province

from .factories import CooperatieFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path("/tmp/finder-shots")
SCREEN = 568


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_after_a_search_the_count_and_first_result_are_on_the_first_screen(browser, live_server, javascript):
    municipalities.load()
    CooperatieFactory(name="Samen Roermond", place="Roermond", province=Province.LIMBURG)
    CooperatieFactory(name="Kies en Co", place="", province=Province.LANDELIJK)
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 320, "height": SCREEN},
        java_script_enabled=javascript,
    )
    page = context.new_page()

    page.goto("/")
    page.locator("form.home-finder input[name=q]").fill("Roermond")
    page.locator("form.home-finder button").click()
    page.wait_for_url("**/cooperaties/?q=Roermond#resultaten")

    count = page.locator("#resultaten").bounding_box()
    first = page.locator(".cards .card").first.bounding_box()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"320-resultaten-{'js' if javascript else 'zonder-js'}.png")
    context.close()
    assert 0 <= count["y"] < SCREEN
    assert first["y"] + 40 < SCREEN  # its name is readable without scrolling


def test_every_seeded_profile_prints_on_one_a4_sheet(browser, live_server, seeded):
    from cooperaties.models import Cooperatie

    page = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    counts = {}
    for cooperatie in Cooperatie.objects.published():
        page.goto(cooperatie.get_absolute_url())
        counts[cooperatie.slug] = len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
    # Before: the longest profile (Heechterp-Schieringen) put the footer on a second sheet.
    assert counts and max(counts.values()) == 1, counts


def test_on_a_phone_the_province_overview_is_a_readable_table_not_a_tiny_map(browser, live_server):
    page = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 568}
    ).new_page()
    page.goto("/cooperaties/provincies/")
    assert not page.locator(".province-map").is_visible()
    smallest = page.evaluate(
        "Math.min(...Array.from(document.querySelectorAll('main table *')).map("
        "e => parseFloat(getComputedStyle(e).fontSize)))"
    )
    assert smallest >= 16
