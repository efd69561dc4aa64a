"""In Chromium: 0 axe violations on the manifest and every kloof page; the tables work without JavaScript."""

import io

import pytest

from manifest import seed
from manifest.models import Figure, Kloof

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(transactional_db):
    seed.load(examples=False, stdout=io.StringIO())


def test_manifest_pages_have_no_axe_violations(page, seeded, assert_accessible):
    page.goto("/manifest/")
    assert_accessible(page)
    page.goto(f"/manifest/{seed.MANIFEST_SLUG}/")
    assert page.locator("h1").inner_text() == "Voor meer kwaliteit van leven"
    assert_accessible(page)


def test_every_kloof_page_and_the_overview_have_no_axe_violations(page, seeded, assert_accessible):
    page.goto("/kloven/")
    assert page.locator(".card").count() == 8
    assert_accessible(page)
    for slug in Kloof.objects.values_list("slug", flat=True):
        page.goto(f"/kloven/{slug}/")
        assert_accessible(page)


def test_figure_page_has_no_axe_violations(page, seeded, assert_accessible):
    figure = Figure.objects.get(label__startswith="Gini")
    page.goto(figure.get_absolute_url())
    assert_accessible(page)


def test_without_javascript_the_table_values_are_there(page_no_js, seeded):
    page_no_js.goto("/kloven/inkomenskloof/")
    ratio = page_no_js.locator("table tr", has_text="Verschil tussen hoogste en laagste inkomensgroep")
    assert ratio.count() == 2
    assert ratio.nth(0).locator("td.num").inner_text() == "5,1"
    assert ratio.nth(1).locator("td.num").inner_text() == "8,2"
    households = page_no_js.locator("tr", has_text="Huishoudens met een laag inkomen").first
    assert households.locator("td.num").inner_text() == "590.000"
    # The chart is there too, with its message as text alternative.
    svg = page_no_js.locator("svg[role=img]").first
    assert "30% op achteruit" in page_no_js.locator("desc").first.text_content()
    assert svg.is_visible()


def test_permalink_anchor_points_at_the_table_row(page_no_js, seeded):
    figure = Figure.objects.get(label="Huishoudens met een laag inkomen")
    page_no_js.goto(figure.get_anchor_url())
    row = page_no_js.locator(f"#cijfer-{figure.pk}")
    assert row.is_visible() and "590.000" in row.inner_text()


def test_kloof_page_fits_a_320_pixel_screen(narrow_page, seeded):
    narrow_page.goto("/kloven/arbeidskloof/")
    overflow = narrow_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
