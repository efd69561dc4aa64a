"""The topics' questions come from seed 003, verbatim, and loading the seed twice changes nothing."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from cooperaties.models import Theme
from uitwisseling.models import Question, Topic

pytestmark = pytest.mark.django_db
TRANSCRIPT = "publicaties/seed_data/samen-werken-aan-bestaanszekerheid.md"


def test_the_five_themes_each_have_their_questions_from_the_basisdocument(seeded):
    assert Topic.objects.count() == 5
    assert set(Topic.objects.values_list("theme__slug", flat=True)) == set(Theme.objects.values_list("slug", flat=True))
    assert all(topic.questions.exists() for topic in Topic.objects.all())


def test_every_question_is_word_for_word_in_the_basisdocument(seeded):
    # The basisdocument (seed 003) as transcribed in the repo by the publications' seed.
    document = " ".join(Path(settings.BASE_DIR, TRANSCRIPT).read_text(encoding="utf-8").split())
    missing = [text for text in Question.objects.values_list("text", flat=True) if text not in document]
    assert not missing


def test_loading_the_seed_again_changes_nothing(seeded):
    before = list(Question.objects.order_by("key").values_list("key", "text", "topic__theme__slug", "position"))
    call_command("seed", stdout=io.StringIO())
    after = list(Question.objects.order_by("key").values_list("key", "text", "topic__theme__slug", "position"))
    assert after == before and Topic.objects.count() == 5
