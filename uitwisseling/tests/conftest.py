import pytest

from cooperaties.tests.factories import CooperatieFactory
from uitwisseling.models import Question


@pytest.fixture
def cooperatie(seeded):
    return CooperatieFactory(
        name="Buurtkracht Heerlen",
        place="Heerlen",
        province="limburg",
        contact_address="bestuur@buurtkracht.example.org",
    )


@pytest.fixture
def questions(seeded):
    """Two questions of the seed: how the collective began, and how it stays one."""
    return [Question.objects.get(key="collectief-ontstaan"), Question.objects.get(key="collectief-blijven")]
