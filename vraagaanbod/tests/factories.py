import datetime

import factory
from django.utils import timezone

from cooperaties.tests.factories import CooperatieFactory, ThemeFactory
from vraagaanbod.models import Posting

# Fixed dates: the tests move the clock to TODAY (time_machine) instead of depending on the real one.
TODAY = datetime.date(2031, 3, 10)


class PostingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Posting

    cooperatie = factory.SubFactory(CooperatieFactory, contact_address="bestuur@example.org")
    kind = Posting.Kind.VRAAG
    title = factory.Sequence(lambda n: f"Wie weet hoe een voedselcoöperatie begint? ({n})")
    text = "Wij willen een voedselcoöperatie beginnen en zoeken coöperaties die dat al deden."
    theme = factory.SubFactory(ThemeFactory)
    province = ""
    ends_on = TODAY + datetime.timedelta(days=30)

    class Params:
        published = factory.Trait(
            status=Posting.Status.GEPUBLICEERD,
            decided_at=factory.LazyFunction(timezone.now),
        )
