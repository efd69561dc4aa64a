"""Deleting in the admin goes through the services: the seat goes to the first person waiting, the
waiting list stays numbered 1..n, and the database refuses a list with gaps."""

import pytest
from django.db import IntegrityError, connection, transaction

from agenda import services
from agenda.models import Registration
from alliantie.tests.factories import MembershipFactory
from nieuwsbrief.models import Subscriber
from nieuwsbrief.tests.factories import SubscriberFactory

from .factories import WorkshopFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_workshop():
    """One seat, taken; three people waiting at places 1, 2, 3."""
    workshop = WorkshopFactory(capacity=1)
    people = [MembershipFactory().user for _ in range(4)]
    registrations = [services.register(event=workshop.event, user=u, workshop=workshop) for u in people]
    return registrations


def waiting_positions(event):
    return list(Registration.objects.waiting().filter(event=event).values_list("waitlist_position", flat=True))


def state(registration):
    registration.refresh_from_db()
    return registration.status, registration.waitlist_position


@pytest.fixture
def secretariaat(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def test_deleting_a_confirmed_registration_promotes_the_first_waiting(secretariaat, full_workshop):
    seated, first, second, third = full_workshop
    secretariaat.post(f"/admin/agenda/registration/{seated.pk}/delete/", {"post": "yes"})
    assert not Registration.objects.filter(pk=seated.pk).exists()
    assert [state(first), state(second), state(third)] == [("bevestigd", None), ("wachtlijst", 1), ("wachtlijst", 2)]


def test_bulk_deleting_waiting_registrations_leaves_no_gaps(secretariaat, full_workshop):
    seated, first, second, third = full_workshop
    secretariaat.post(
        "/admin/agenda/registration/",
        {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"},
    )
    assert waiting_positions(seated.event) == [1]
    assert state(third) == ("wachtlijst", 1)


def test_deleting_a_user_promotes_the_first_waiting_and_ends_the_subscription(secretariaat, full_workshop):
    seated, first, second, third = full_workshop
    subscriber = SubscriberFactory(email=seated.user.email)
    secretariaat.post(f"/admin/alliantie/user/{seated.user.pk}/delete/", {"post": "yes"})
    assert not type(seated.user).objects.filter(pk=seated.user.pk).exists()
    assert [state(first), state(second), state(third)] == [("bevestigd", None), ("wachtlijst", 1), ("wachtlijst", 2)]
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.filter(withdrawn_at__isnull=True).count() == 0


def test_the_database_refuses_a_waiting_list_with_a_gap(full_workshop):
    seated, first, second, third = full_workshop
    with pytest.raises(IntegrityError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS agenda_waitlist_without_gaps IMMEDIATE")
        Registration.objects.filter(pk=second.pk).delete()  # bypasses the services: 1, 3 is left
