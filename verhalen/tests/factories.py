import factory
from django.utils import timezone

from verhalen.consent import CONSENT_TEXT
from verhalen.models import Story


class StoryFactory(factory.django.DjangoModelFactory):
    """A submitted story; ``StoryFactory(published=True)`` for one on the website."""

    class Meta:
        model = Story

    class Params:
        published = factory.Trait(status=Story.Status.GEPUBLICEERD, published_at=factory.LazyFunction(timezone.now))

    text = factory.Sequence(lambda n: f"Dit is mijn verhaal nummer {n}. Elke maand is het geld op voor de twintigste.")
    naming = Story.Naming.ANONYMOUS
    consent_text = str(CONSENT_TEXT)
    consented_at = factory.LazyFunction(timezone.now)
