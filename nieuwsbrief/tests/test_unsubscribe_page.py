"""The unsubscribe page tells an address that is unsubscribed already so, without a button."""

import pytest
from django.urls import reverse

from nieuwsbrief.models import Subscriber
from nieuwsbrief.tokens import make_unsubscribe_token

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def page(client, subscriber):
    path = reverse("nieuwsbrief:unsubscribe", kwargs={"token": make_unsubscribe_token(subscriber)})
    return client.get(path).content.decode()


def test_an_unsubscribed_address_reads_that_it_is_unsubscribed_already(client):
    subscriber = SubscriberFactory(email="weg@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    assert "Het adres weg@example.org is al afgemeld." in page(client, subscriber)


def test_a_subscribed_address_gets_the_button(client):
    subscriber = SubscriberFactory(status=Subscriber.Status.CONFIRMED)
    assert '<button type="submit">Afmelden</button>' in page(client, subscriber)
