"""Hundreds of members registering in the same second never overfill a workshop (real PostgreSQL)."""

import pytest

from agenda import services
from agenda.models import Registration
from alliantie.tests.factories import MembershipFactory
from conftest import run_at_once

from .factories import WorkshopFactory

MEMBERS = 200
SEATS = 20
# Requests in the database at once: eight hosts of three gunicorn workers (README). Not all 200: each waits at
# most 5 s for the event's lock (then "probeer het zo opnieuw"), and 200 waiting in one queue on a two-core
# test machine that is busy with something else pass that by design, while a web tier never lets them in at once.
IN_FLIGHT = 24


@pytest.mark.django_db(transaction=True)
def test_200_members_at_once_for_20_seats(settings):
    # A fast hasher: 200 accounts with the production hasher would take a minute to make.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    workshop = WorkshopFactory(capacity=SEATS)
    event = workshop.event
    users = [m.user for m in MembershipFactory.create_batch(MEMBERS)]

    def register(user):
        return lambda: services.register(event=event, user=user, workshop=workshop)

    _results, errors = run_at_once([register(user) for user in users], in_flight=IN_FLIGHT)

    registrations = Registration.objects.filter(event=event)
    outcome = {
        "errors": len(errors),
        "bevestigd": registrations.filter(status=Registration.Status.BEVESTIGD).count(),
        "wachtlijst": registrations.filter(status=Registration.Status.WACHTLIJST).count(),
    }
    assert outcome == {"errors": 0, "bevestigd": SEATS, "wachtlijst": MEMBERS - SEATS}, errors[:3]
    confirmed = registrations.filter(status=Registration.Status.BEVESTIGD)
    waiting = list(registrations.waiting())
    assert len(waiting) == MEMBERS - SEATS
    assert [r.waitlist_position for r in waiting] == list(range(1, MEMBERS - SEATS + 1))
    # In order: whoever was inserted earlier (lower id) has the lower place.
    assert [r.pk for r in waiting] == sorted(r.pk for r in waiting)

    next_five = [r.pk for r in waiting[:5]]
    cancelling = list(confirmed[:5])
    _results, errors = run_at_once([(lambda r=r: services.cancel(registration=r)) for r in cancelling])

    assert errors == []
    assert registrations.filter(status=Registration.Status.BEVESTIGD).count() == SEATS
    promoted = registrations.filter(status=Registration.Status.BEVESTIGD, pk__in=next_five)
    assert sorted(promoted.values_list("pk", flat=True)) == sorted(next_five)
    assert registrations.filter(status=Registration.Status.GEANNULEERD).count() == 5
    still_waiting = list(registrations.waiting())
    assert [r.waitlist_position for r in still_waiting] == list(range(1, MEMBERS - SEATS - 5 + 1))
    assert [r.pk for r in still_waiting] == [r.pk for r in waiting[5:]]
