"""One rule for the seats left of an event or workshop: None without a maximum, never below zero."""

import pytest

from agenda.models import Event, Registration, Workshop

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def seat(workshop, times, status=Registration.Status.BEVESTIGD):
    for n in range(times):
        Registration.objects.create(event=workshop.event, workshop=workshop, guest_name=f"Gast {n}", status=status)


def event_seats_left(event):
    """What a list shows (the annotation) and what a service counts under its lock must agree."""
    listed = Event.objects.with_seat_counts().get(pk=event.pk).seats_left
    assert listed == event.count_seats_left()
    return listed


def workshop_seats_left(workshop):
    listed = Workshop.objects.with_seats_taken().get(pk=workshop.pk).seats_left
    assert listed == workshop.count_seats_left()
    return listed


@pytest.fixture
def workshop():
    return WorkshopFactory(event=EventFactory(capacity=5), capacity=3)


def test_an_event_with_a_maximum_has_the_seats_nobody_took(workshop):
    seat(workshop, 2)
    assert event_seats_left(workshop.event) == 3


def test_waiting_and_cancelled_people_take_no_seat_of_the_event(workshop):
    seat(workshop, 1, status=Registration.Status.GEANNULEERD)
    seat(workshop, 1, status=Registration.Status.AANWEZIG)
    assert event_seats_left(workshop.event) == 4


def test_an_event_without_a_maximum_has_no_number_of_seats_left(workshop):
    Event.objects.filter(pk=workshop.event.pk).update(capacity=None)
    seat(workshop, 2)
    workshop.event.refresh_from_db()
    assert event_seats_left(workshop.event) is None


def test_a_full_event_has_no_seats_left(workshop):
    seat(workshop, 3)
    seat(WorkshopFactory(event=workshop.event), 2)
    assert event_seats_left(workshop.event) == 0


def test_an_overfull_event_has_no_seats_left_not_a_negative_number(workshop):
    seat(workshop, 3)
    Event.objects.filter(pk=workshop.event.pk).update(capacity=1)  # the secretariat lowered the maximum
    workshop.event.refresh_from_db()
    assert event_seats_left(workshop.event) == 0


def test_a_workshop_with_a_maximum_has_the_seats_nobody_took(workshop):
    seat(workshop, 1)
    assert workshop_seats_left(workshop) == 2


def test_a_workshop_without_a_maximum_has_no_number_of_seats_left(workshop):
    Workshop.objects.filter(pk=workshop.pk).update(capacity=None)
    seat(workshop, 2)
    workshop.refresh_from_db()
    assert workshop_seats_left(workshop) is None


def test_a_full_workshop_has_no_seats_left(workshop):
    seat(workshop, 3)
    assert workshop_seats_left(workshop) == 0


def test_an_overfull_workshop_has_no_seats_left_not_a_negative_number(workshop):
    seat(workshop, 3)
    Workshop.objects.filter(pk=workshop.pk).update(capacity=1)
    workshop.refresh_from_db()
    assert workshop_seats_left(workshop) == 0
