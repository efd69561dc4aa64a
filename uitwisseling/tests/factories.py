import factory

from cooperaties.tests.factories import CooperatieFactory
from uitwisseling.models import Answer, Question


class AnswerFactory(factory.django.DjangoModelFactory):
    """An answer to a question of the seed (pass ``question``), by a new coöperatie unless one is given."""

    class Meta:
        model = Answer

    cooperatie = factory.SubFactory(CooperatieFactory)
    question = factory.LazyFunction(lambda: Question.objects.order_by("pk").first())
    text = factory.Sequence(lambda n: f"Wij doen het zo, stap {n}: samen met de buurt.")
    status = Answer.Status.INGEDIEND
