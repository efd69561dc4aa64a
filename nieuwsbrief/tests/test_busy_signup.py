"""A sign-up that waits too long for a row another change holds: told so, with what was typed kept."""

import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse

from nieuwsbrief.models import Consent, Subscriber

from .factories import SubscriberFactory


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_a_sign_up_for_a_locked_address_says_it_is_busy_and_keeps_the_form(client, settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    subscriber = SubscriberFactory(email="druk@example.org", status=Subscriber.Status.UNSUBSCRIBED, confirmed_at=None)
    locked, release = threading.Event(), threading.Event()

    def hold_the_subscriber():
        with transaction.atomic():
            Subscriber.objects.select_for_update().get(pk=subscriber.pk)
            locked.set()
            release.wait(30)
        connection.close()

    holder = threading.Thread(target=hold_the_subscriber)
    holder.start()
    assert locked.wait(10)
    try:
        response = client.post(
            reverse("nieuwsbrief:subscribe"), {"email": "druk@example.org", "name": "Druk Bezet", "organisation": ""}
        )
    finally:
        release.set()
        holder.join()
    page = response.content.decode()
    assert response.status_code == 200
    assert "Het is nu erg druk" in page and 'value="Druk Bezet"' in page
    assert not Consent.objects.filter(subscriber=subscriber).exists()
