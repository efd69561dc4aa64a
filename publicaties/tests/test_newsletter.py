"""The newsletter composer's search picks published publications and stories, never drafts."""

import pytest

from nieuwsbrief.proposals import add_content, search
from nieuwsbrief.tests.factories import EditionFactory
from publicaties.models import Publication
from verhalen.tests.factories import StoryFactory

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


def found(groups):
    return {str(obj) for _kind, rows in groups for _ct, obj, _in in rows}


def test_composer_search_finds_published_publications_and_stories():
    edition = EditionFactory(published=False)
    PublicationFactory(title="Genadebrood", summary="Over de voedselbank.")
    PublicationFactory(title="Genadebrood, concept", status=Publication.Status.CONCEPT)
    StoryFactory(published=True, title="Genadebrood uit mijn eigen keuken")
    StoryFactory(title="Genadebrood, nog niet gelezen")

    assert found(search(edition, "genadebrood")) == {"Genadebrood", "Genadebrood uit mijn eigen keuken"}


def test_a_picked_publication_becomes_an_item_with_its_summary_and_link():
    from django.contrib.contenttypes.models import ContentType

    edition = EditionFactory(published=False)
    publication = PublicationFactory(title="Genadebrood", slug="genadebrood", summary="Over de voedselbank.")
    content_type = ContentType.objects.get_for_model(Publication)

    [item] = add_content(edition=edition, picks=[f"{content_type.pk}:{publication.pk}"])

    assert (item.title, item.text, item.url) == ("Genadebrood", "Over de voedselbank.", "/publicaties/genadebrood/")
