"""The row a detail page shows is kept for anonymous visitors only, and never outlives a change."""

import pytest
from django.test import Client

from agenda.tests.factories import EventFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from publicaties.tests.factories import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    # The page cache would answer before the view: these tests are about what the view itself keeps.
    settings.PAGE_CACHE_SECONDS = 0


def test_a_members_event_the_secretariat_opened_stays_hidden_from_anonymous_visitors(client, secretariaat_user):
    event = EventFactory(is_public=False)
    staff = Client()
    staff.force_login(secretariaat_user)
    seen = staff.get(event.get_absolute_url()).status_code
    assert (seen, client.get(event.get_absolute_url()).status_code) == (200, 404)


def test_a_cooperatie_taken_offline_is_gone_for_anonymous_visitors_at_once(client):
    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD)
    client.get(cooperatie.get_absolute_url())
    Cooperatie.objects.filter(pk=cooperatie.pk).update(status=Cooperatie.Status.GEARCHIVEERD)
    assert client.get(cooperatie.get_absolute_url()).status_code == 404


def test_a_changed_name_shows_at_the_next_visit(client):
    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD, name="Buurtkracht")
    client.get(cooperatie.get_absolute_url())
    cooperatie.name = "Buurtkracht Noord"
    cooperatie.save()
    assert "Buurtkracht Noord" in client.get(cooperatie.get_absolute_url()).content.decode()


def test_a_second_anonymous_visit_to_a_profile_reads_no_row(client, django_assert_num_queries):
    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD)
    client.get(cooperatie.get_absolute_url())
    with django_assert_num_queries(0):
        assert client.get(cooperatie.get_absolute_url()).status_code == 200


def test_an_event_a_publication_links_to_goes_when_the_event_is_made_members_only(client):
    event = EventFactory(is_public=True, title="Open Alliantiedag")
    publication = PublicationFactory()
    publication.events.add(event)
    client.get(publication.get_absolute_url())
    event.is_public = False
    event.save()
    assert "Open Alliantiedag" not in client.get(publication.get_absolute_url()).content.decode()
