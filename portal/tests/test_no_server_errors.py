"""With the seed content loaded, no public page answers a 500, whatever is in the query string."""

import pytest

from portal.tests.public_pages import DOWNLOADS, HTML_PAGES

JUNK = "?page=%00&q=%00&province=x&domain=%ff&theme=-1&legal_form=zz&kind=%00&region=%00&sector=x&year=abc"

PAGES = [*HTML_PAGES, "/kloven/inkomenskloof/", *DOWNLOADS, "/healthz"]


@pytest.mark.parametrize("path", PAGES)
def test_public_page_answers_without_server_error(client, seeded, path):
    assert client.get(path).status_code == 200
    assert client.get(path + JUNK).status_code < 500


def test_every_seeded_detail_page_answers(client, seeded):
    from agenda.models import Event
    from alliantie.models import Document
    from cooperaties.models import Cooperatie
    from manifest.models import Kloof, Manifest

    objects = [
        *Manifest.objects.all(),
        *Kloof.objects.all(),
        *Cooperatie.objects.published(),
        *Event.objects.all(),
        *Document.objects.all(),
    ]
    assert len(objects) > 30
    for obj in objects:
        url = obj.get_absolute_url()
        assert client.get(url).status_code == 200, url
