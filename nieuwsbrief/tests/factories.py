import datetime

import factory
from django.utils import timezone

from nieuwsbrief.consent import CONSENT_TEXT_VERSION
from nieuwsbrief.models import Consent, Edition, EditionItem, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"lezer{n}@example.org")
    name = factory.Sequence(lambda n: f"Lezer {n}")
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consent

    subscriber = factory.SubFactory(SubscriberFactory, status=Subscriber.Status.PENDING, confirmed_at=None)
    method = Consent.Method.DOUBLE_OPT_IN
    source = "/nieuwsbrief/aanmelden/"
    text_version = CONSENT_TEXT_VERSION


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Testeditie {n}")
    date = datetime.date(2025, 1, 1)
    introduction = "Een korte inleiding voor de test."
    published = True


class EditionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EditionItem

    edition = factory.SubFactory(EditionFactory)
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Onderdeel {n}")
    text = "Tekst van het onderdeel."
    url = "/agenda/"
