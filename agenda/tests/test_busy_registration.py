"""A registration that waits too long for the event's row, which another change holds: told so, input kept."""

import pytest
from django.urls import reverse

from agenda.models import Event, Registration
from alliantie.tests.factories import MembershipFactory
from conftest import row_held_elsewhere

from .factories import EventFactory


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_a_registration_for_a_locked_event_says_it_is_busy_and_keeps_the_form(client, settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    event = EventFactory(capacity=10)
    client.force_login(MembershipFactory().user)
    with row_held_elsewhere(Event.objects.filter(pk=event.pk)):
        response = client.post(
            reverse("agenda:register", kwargs={"slug": event.slug}),
            {"access_needs": "Een rolstoelplek", "dietary": "Vegetarisch"},
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Het is nu erg druk" in page and "Een rolstoelplek" in page
    assert not Registration.objects.filter(event=event).exists()
