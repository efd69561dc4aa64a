"""A sign-up that waits too long for a row another change holds: told so, with what was typed kept."""

import pytest
from django.urls import reverse

from conftest import row_held_elsewhere
from nieuwsbrief.models import Consent, Subscriber

from .factories import SubscriberFactory


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_a_sign_up_for_a_locked_address_says_it_is_busy_and_keeps_the_form(client, settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    subscriber = SubscriberFactory(email="druk@example.org", status=Subscriber.Status.UNSUBSCRIBED, confirmed_at=None)
    with row_held_elsewhere(Subscriber.objects.filter(pk=subscriber.pk)):
        response = client.post(
            reverse("nieuwsbrief:subscribe"), {"email": "druk@example.org", "name": "Druk Bezet", "organisation": ""}
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Het is nu erg druk" in page and 'value="Druk Bezet"' in page
    assert not Consent.objects.filter(subscriber=subscriber).exists()
