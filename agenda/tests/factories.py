"""Factories for agenda tests: an event open for registration by default."""

import datetime

import factory
from django.utils import timezone

from agenda.models import Event, Workshop


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    kind = Event.Kind.ALLIANTIEDAG
    # Members only, as the tests of members' registrations expect; open events ask for IEDEREEN.
    audience = Event.Audience.LEDEN
    title = factory.Sequence(lambda n: f"Testdag {n}")
    slug = factory.Sequence(lambda n: f"testdag-{n}")
    date = factory.LazyFunction(lambda: in_days(30))
    year = factory.LazyAttribute(lambda o: o.date.year if o.date else timezone.localdate().year)
    start_time = datetime.time(10, 0)
    end_time = datetime.time(16, 0)
    city = "Utrecht"
    # Published, as every event other tests ask for; a draft is asked for with published_at=None.
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))
    registration_opens = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    registration_closes = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Werkgroep {n}")
    time_slot = "middag"
