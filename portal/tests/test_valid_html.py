"""Every public page type is valid HTML by the W3C Nu HTML Checker (vnu.jar), run once over all of them."""

import pytest

from portal.tests import vnu
from portal.tests.public_pages import HTML_PAGES, detail_pages

pytestmark = [
    pytest.mark.vnu,
    pytest.mark.django_db,
    pytest.mark.skipif(not vnu.java(), reason="no Java found for the W3C Nu HTML Checker (install a JRE)"),
]


def test_every_public_page_type_passes_the_nu_html_checker(client, seeded):
    pages = [*HTML_PAGES, *detail_pages(), "/bestaat-niet/"]
    documents = {path: client.get(path).content.decode() for path in pages}
    assert vnu.errors(documents) == []


def test_the_checker_reports_an_error_it_is_given():
    broken = "<!DOCTYPE html><html lang=nl><head><title>x</title></head><body><p><div></div></p></body></html>"
    assert vnu.errors({"kapot": broken}) == ["kapot: 1: No “p” element in scope but a “p” end tag seen."]
