import pytest
from django.urls import reverse

from portal.admin_tools import changelist_url
from publicaties.models import Publication
from verhalen.models import Story

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


def test_secretariat_publishes_a_draft_with_the_bulk_action(client, secretariaat_user):
    draft = PublicationFactory(status=Publication.Status.CONCEPT)
    client.force_login(secretariaat_user)
    assert client.get(draft.get_absolute_url()).status_code == 404

    response = client.post(
        reverse("admin:publicaties_publication_changelist"), {"action": "publish", "_selected_action": [draft.pk]}
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Publication.Status.GEPUBLICEERD
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_admin_pages_open_for_the_secretariat(client, secretariaat_user):
    publication = PublicationFactory()
    client.force_login(secretariaat_user)
    for url in (
        reverse("admin:publicaties_publication_changelist"),
        changelist_url(Publication, q="armoede", kind__exact="artikel"),
        reverse("admin:publicaties_publication_change", args=[publication.pk]),
        reverse("admin:publicaties_publication_add"),
        reverse("admin:verhalen_story_changelist"),
        changelist_url(Story, status__exact="ingediend"),
    ):
        assert client.get(url).status_code == 200, url
