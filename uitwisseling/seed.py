"""The five topics and the questions coöperaties ask each other, from data/vragen.toml (seed 003, the
basisdocument's schema). Idempotent: a second run finds every topic by its theme and every question by its key,
and puts back the document's words."""

import tomllib
from pathlib import Path

from cooperaties.models import Theme

from .models import Question, Topic

DATA = Path(__file__).resolve().parent / "data" / "vragen.toml"


def read():
    with DATA.open("rb") as file:
        return tomllib.load(file)


def load(*, examples: bool, stdout) -> None:
    data = read()
    questions = 0
    for position, entry in enumerate(data["topic"]):
        # The theme comes from cooperaties' data migration; a flushed test database no longer has it.
        theme, _ = Theme.objects.get_or_create(
            slug=entry["theme"], defaults={"name": entry["theme_name"], "position": position}
        )
        topic, _ = Topic.objects.update_or_create(
            theme=theme,
            defaults={"title": entry["title"], "introduction": entry["introduction"], "source": data["source"]},
        )
        for order, question in enumerate(entry["question"]):
            Question.objects.update_or_create(
                key=question["key"], defaults={"topic": topic, "text": question["text"], "position": order}
            )
            questions += 1
    stdout.write(f"  {len(data['topic'])} onderwerpen met {questions} vragen uit het basisdocument")
