"""Links people type in are web addresses or paths on this site; no other scheme reaches a page."""

import pytest
from django.core.exceptions import ValidationError

from cooperaties.tests.factories import CooperatieFactory
from nieuwsbrief.tests.factories import EditionItemFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example"])
def test_an_edition_item_refuses_another_scheme(url):
    item = EditionItemFactory.build(edition=EditionItemFactory().edition, url=url)
    with pytest.raises(ValidationError):
        item.full_clean()


@pytest.mark.parametrize("url", ["https://www.socialealliantie.nl/", "http://example.org/pagina", "/agenda/"])
def test_an_edition_item_takes_web_addresses_and_paths(url):
    item = EditionItemFactory.build(edition=EditionItemFactory().edition, url=url)
    item.full_clean()


def test_a_cooperatie_website_refuses_ftp_and_javascript():
    for url in ["ftp://example.org/", "javascript:alert(1)"]:
        with pytest.raises(ValidationError):
            CooperatieFactory.build(website=url).clean_fields(exclude=["slug"])


def test_a_stored_javascript_link_is_not_served_in_the_archive(client):
    item = EditionItemFactory(url="javascript:alert(1)")
    html = client.get(item.edition.get_absolute_url()).content.decode()
    assert item.title in html
    assert "javascript:" not in html


@pytest.mark.parametrize("url", ["/\t/evil.example", "/\n/evil.example", "https://ex ample.org"])
def test_a_link_with_whitespace_or_control_characters_is_refused(url):
    item = EditionItemFactory.build(edition=EditionItemFactory().edition, url=url)
    with pytest.raises(ValidationError):
        item.full_clean()
