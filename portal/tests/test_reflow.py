"""WCAG 1.4.10 and axe: every public page with the real seed content fits a 320px screen and has no violations."""

import pytest

from portal.tests.public_pages import HTML_PAGES, detail_pages


def every_page():
    from manifest.models import Kloof

    return [*HTML_PAGES, *detail_pages(), *(kloof.get_absolute_url() for kloof in Kloof.objects.all())]


@pytest.mark.browser
def test_seeded_pages_fit_320px_without_sideways_scrolling(narrow_page, seeded):
    too_wide = {}
    for path in dict.fromkeys(every_page()):
        narrow_page.goto(path)
        width = narrow_page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    assert too_wide == {}


@pytest.mark.browser
def test_seeded_pages_have_no_axe_violations(page, seeded, assert_accessible):
    for path in dict.fromkeys(every_page()):
        page.goto(path)
        assert_accessible(page)
