import factory

from publicaties.models import Publication


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication

    title = factory.Sequence(lambda n: f"Publicatie {n}")
    slug = factory.Sequence(lambda n: f"publicatie-{n}")
    kind = Publication.Kind.ARTIKEL
    body = "Een tekst over armoede.\n\n## Een tussenkop\n\nNog een alinea."
    status = Publication.Status.GEPUBLICEERD
