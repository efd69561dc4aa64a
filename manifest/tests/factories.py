"""Factories for the manifest app's tests."""

import datetime
from decimal import Decimal

import factory

from manifest.models import Figure, Kloof, Manifest, Series


class ManifestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Manifest
        django_get_or_create = ["slug"]

    title = factory.Sequence(lambda n: f"Testmanifest {n}")
    slug = factory.Sequence(lambda n: f"testmanifest-{n}")
    place = "Utrecht"
    date = datetime.date(2020, 1, 1)
    published = True


class KloofFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kloof

    manifest = factory.SubFactory(ManifestFactory)
    name = factory.Sequence(lambda n: f"Testkloof {n}")
    slug = factory.Sequence(lambda n: f"testkloof-{n}")
    order = factory.Sequence(lambda n: n + 1)
    summary = "Een korte samenvatting."
    text = "Eerste alinea.\n\nTweede alinea."


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series

    kloof = factory.SubFactory(KloofFactory)
    title = factory.Sequence(lambda n: f"Reeks {n}")
    message = "Het verschil wordt groter."


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    kloof = factory.SubFactory(KloofFactory)
    order = factory.Sequence(lambda n: n)
    label = factory.Sequence(lambda n: f"Testcijfer {n}")
    value = Decimal("12.5")
    unit = Figure.Unit.PROCENT
    period = "2016"
    source = "Testbureau"
    publication = "Testrapport 2016"
