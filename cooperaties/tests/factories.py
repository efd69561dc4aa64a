import factory

from cooperaties.models import Cooperatie, Domain, Province, Theme


class DomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domain
        # The data migration creates the vocabulary; transactional (browser) tests flush it.
        django_get_or_create = ["slug"]

    slug = "werk"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    slug = "lokale-economie"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class CooperatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cooperatie
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Buurtcoöperatie {n}")
    slug = factory.Sequence(lambda n: f"buurtcooperatie-{n}")
    summary = "Buurtbewoners helpen elkaar met klussen en boodschappen."
    place = "Utrecht"
    province = Province.UTRECHT
    status = Cooperatie.Status.GEPUBLICEERD

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        if create and extracted:
            self.domains.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
