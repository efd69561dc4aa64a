"""WCAG 1.4.10: every public page with the real seed content fits a 320px screen."""

import pytest
from django.core.management import call_command

from .public_pages import HTML_PAGES


@pytest.mark.browser
def test_seeded_pages_fit_320px_without_sideways_scrolling(narrow_page):
    from manifest.models import Kloof, Manifest

    call_command("seed", examples=True, stdout=None)
    pages = HTML_PAGES + [obj.get_absolute_url() for obj in [*Manifest.objects.all(), *Kloof.objects.all()]]
    too_wide = {}
    for path in pages:
        narrow_page.goto(path)
        width = narrow_page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    assert too_wide == {}
