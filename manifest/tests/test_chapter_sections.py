"""Each chapter of the manifest shows what the secretariat chose below its text: the kloven, the
grondrechten, the kantelpunten, or nothing."""

import re

import pytest

from manifest.models import Chapter, Grondrecht, Kantelpunt

from .factories import KloofFactory, ManifestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(client):
    manifest = ManifestFactory()
    for order, shows in enumerate(Chapter.Shows.values, start=1):
        Chapter.objects.create(manifest=manifest, order=order, title=f"Hoofdstuk {shows or 'tekst'}", shows=shows)
    KloofFactory(manifest=manifest, name="Inkomenskloof")
    Grondrecht.objects.create(manifest=manifest, order=1, title="Recht op wonen")
    Kantelpunt.objects.create(manifest=manifest, order=1, title="Van markt naar mens")
    html = client.get(manifest.get_absolute_url()).content.decode()
    return dict(re.findall(r'<h2 id="hoofdstuk-\d+">\s*(.*?)</h2>(.*?)</section>', html, re.S))


def test_the_kloven_chapter_lists_the_kloven(sections):
    assert ">Inkomenskloof</a></h3>" in sections["Hoofdstuk kloven"]


def test_the_grondrechten_chapter_lists_the_grondrechten(sections):
    assert '<a href="#grondrecht-1">Recht op wonen</a>' in sections["Hoofdstuk grondrechten"]


def test_the_kantelpunten_chapter_lists_the_kantelpunten(sections):
    assert '<a href="#kantelpunt-1">Van markt naar mens</a>' in sections["Hoofdstuk kantelpunten"]


def test_a_chapter_of_text_only_lists_nothing(sections):
    assert "<h3" not in sections["Hoofdstuk tekst"]
