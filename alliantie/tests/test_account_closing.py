"""Deleting one's own account keeps the portal's promises made in other apps: the seat goes to the first
person waiting, and the newsletter subscription ends (alliantie.signals.account_closing)."""

import pytest

from agenda import services as agenda_services
from agenda.tests.factories import WorkshopFactory
from alliantie.tests.factories import PASSWORD, MembershipFactory
from nieuwsbrief.models import Subscriber
from nieuwsbrief.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(client):
    """Logged in, with the one seat of a workshop, two people waiting behind, and a newsletter subscription."""
    user = MembershipFactory().user
    workshop = WorkshopFactory(capacity=1)
    agenda_services.register(event=workshop.event, user=user, workshop=workshop)
    waiting = [
        agenda_services.register(event=workshop.event, user=MembershipFactory().user, workshop=workshop)
        for _ in range(2)
    ]
    SubscriberFactory(email=user.email)
    client.login(username=user.username, password=PASSWORD)
    return user, waiting


def seat(registration):
    registration.refresh_from_db()
    return registration.status, registration.waitlist_position


def test_deleting_my_account_gives_my_seat_to_the_first_person_waiting(client, holder):
    _, (first, second) = holder
    client.post("/mijn-account/verwijderen/")
    assert [seat(first), seat(second)] == [("bevestigd", None), ("wachtlijst", 1)]


def test_deleting_my_account_ends_my_newsletter_subscription(client, holder):
    user, _ = holder
    subscriber = Subscriber.objects.get(email=user.email)
    client.post("/mijn-account/verwijderen/")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
