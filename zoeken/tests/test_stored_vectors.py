"""The site search reads stored search columns: what is saved is found at once, by the same words and in
the same order as when the vectors were computed in every query; and it takes a fixed number of queries."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.postgres.search import SearchVector
from django.db.models import F

from agenda.models import Event, Speaker
from agenda.tests.factories import EventFactory
from alliantie.models import Document
from alliantie.tests.factories import DocumentFactory
from cooperaties.search import SEARCH_CONFIG
from cooperaties.tests.factories import CooperatieFactory, ThemeFactory
from manifest.models import Figure, Grondrecht, Kantelpunt, Kloof
from manifest.tests.factories import FigureFactory, KloofFactory, ManifestFactory
from publicaties.tests.factories import PublicationFactory
from uitwisseling.models import Answer, Question, Topic
from uitwisseling.tests.factories import AnswerFactory
from verhalen.models import Story
from verhalen.tests.factories import StoryFactory
from vraagaanbod.tests.factories import PostingFactory
from zoeken.search import SNIPPET_CHARS, search
from zoeken.sources import SOURCES

pytestmark = pytest.mark.django_db

WORD = "kwartelkoning"
A_DAY = datetime.date(2031, 5, 17)
FAR_AHEAD = datetime.date(2999, 12, 31)


def found(q):
    return {group.key: [hit.title for hit in group.hits] for group in search(q, AnonymousUser())}


def one_of_each_kind(word):
    """A row of every kind of content with ``word`` in its text, each kind's other fields as it has them."""
    manifest = ManifestFactory()
    kloof = KloofFactory(manifest=manifest, name="Woonkloof", text=f"Over de {word} in de wijk.")
    return {
        "kloven": kloof,
        "cijfers": FigureFactory(kloof=kloof, label="Wachttijd", quote=f"De {word} wacht lang."),
        "grondrechten": Grondrecht.objects.create(manifest=manifest, order=1, title="Wonen", text=f"Een {word}."),
        "kantelpunten": Kantelpunt.objects.create(manifest=manifest, order=1, title="Zorg", text=f"De {word}."),
        "cooperaties": CooperatieFactory(name="Buurtkracht", description=f"Wij helpen de {word}."),
        "agenda": EventFactory(title="Alliantiedag Zwolle", date=A_DAY, year=A_DAY.year, description=f"De {word}."),
        "documenten": DocumentFactory(title="Jaarplan", summary=f"Over de {word}."),
        "publicaties": PublicationFactory(title="Vogels in de stad", body=f"De {word} broedt."),
        "verhalen": StoryFactory(published=True, text=f"Ik zag een {word} bij de voedselbank."),
        # Current until long after any day these tests run: the search shows questions and offers until they end.
        "vraag-en-aanbod": PostingFactory(published=True, text=f"Wie kent de {word}?", ends_on=FAR_AHEAD),
        "uitwisseling": AnswerFactory(
            question=Question.objects.create(
                topic=Topic.objects.create(theme=ThemeFactory(), title="Arbeid", source="Basisdocument"),
                key="eigenwerk",
                text="Hoe regelt u eigenwerk?",
            ),
            status=Answer.Status.GEPUBLICEERD,
            text=f"Wij spraken met de {word} van het UWV.",
        ),
    }


def test_every_kind_finds_what_was_just_saved_and_forgets_its_old_words():
    rows = one_of_each_kind(WORD)
    assert set(found(WORD)) == {source.key for source in SOURCES}

    for row in rows.values():
        for name in ("text", "quote", "description", "summary", "body"):
            if isinstance(getattr(row, name, None), str) and WORD in getattr(row, name):
                setattr(row, name, getattr(row, name).replace(WORD, "grutto"))
        row.save()
    assert found(WORD) == {}
    assert set(found("grutto")) == {source.key for source in SOURCES}


def test_an_event_is_found_by_its_speakers_name_as_soon_as_the_speaker_is_added():
    event = EventFactory(title="Alliantiedag Assen", date=A_DAY, year=A_DAY.year)
    assert "agenda" not in found("Brenninkmeijer")
    Speaker.objects.create(event=event, name="Alex Brenninkmeijer")
    assert found("Brenninkmeijer")["agenda"] == ["Alliantiedag Assen (17 mei 2031)"]


def computed(*weighted):
    """The vector as the search computed it in every query before it was stored."""
    expression = None
    for field, weight in weighted:
        part = SearchVector(field, weight=weight, config=SEARCH_CONFIG)
        expression = part if expression is None else expression + part
    return expression


@pytest.mark.parametrize(
    ("model", "weighted"),
    [
        (Kloof, (("name", "A"), ("summary", "B"), ("text", "C"), ("note", "C"))),
        (Figure, (("label", "A"), ("quote", "B"), ("source", "C"), ("publication", "C"), ("note", "C"))),
        (Grondrecht, (("title", "A"), ("text", "C"))),
        (Kantelpunt, (("title", "A"), ("text", "C"))),
        (Document, (("title", "A"), ("period_text", "B"), ("summary", "C"))),
    ],
)
def test_a_stored_vector_is_the_vector_the_search_computed_before(model, weighted):
    # Same positions and weights, so ranks and the order of the results are what they were.
    one_of_each_kind("armoede en samen wonen, samen leven")
    pairs = model.objects.annotate(before=computed(*weighted)).values_list("before", "search_vector")
    assert pairs and all(before == stored for before, stored in pairs)


def test_an_events_vector_keeps_its_speakers_between_its_own_words():
    event = EventFactory(
        title="Alliantiedag Drachten",
        motto="Samen sterk",
        date=A_DAY,
        year=A_DAY.year,
        venue="De Lawei",
        city="Drachten",
        description="Met een markt van coöperaties.",
    )
    Speaker.objects.create(event=event, name="Alex Brenninkmeijer")
    before = computed(
        ("title", "A"), ("motto", "A"), ("city", "A"), ("speaker_names", "A"), ("venue", "B"), ("description", "C")
    )
    row = Event.objects.annotate(before=before).get()
    assert "brenninkmeijer" in row.search_vector
    assert row.before == row.search_vector


def test_an_event_is_no_longer_found_by_a_speakers_old_name_once_renamed_or_removed():
    event = EventFactory(title="Alliantiedag Assen", date=A_DAY, year=A_DAY.year)
    speaker = Speaker.objects.create(event=event, name="Alex Brenninkmeijer")
    Speaker.objects.filter(pk=speaker.pk).update(name="René Gabriëls")
    assert "agenda" not in found("Brenninkmeijer")
    assert "agenda" in found("Gabriëls")
    speaker.delete()
    assert "agenda" not in found("Gabriëls")


def test_saving_an_event_read_before_its_speakers_were_added_keeps_their_names():
    event = EventFactory(title="Alliantiedag Assen", date=A_DAY, year=A_DAY.year)
    Speaker.objects.create(event=Event.objects.get(pk=event.pk), name="Alex Brenninkmeijer")
    event.motto = "Samen sterk"
    event.save()
    assert found("Brenninkmeijer")["agenda"] == ["Alliantiedag Assen (17 mei 2031)"]


def test_a_snippet_is_made_from_the_start_of_a_long_text_but_the_whole_text_is_searched():
    filler = "Een alinea over wonen en werk in de buurt. " * (SNIPPET_CHARS // 40)
    PublicationFactory(title="Lang verhaal", summary="Kort gezegd: armoede.", body=f"{filler} De {WORD} aan het eind.")
    [group] = search(WORD, AnonymousUser())
    assert [hit.title for hit in group.hits] == ["Lang verhaal"]
    assert str(group.hits[0].snippet).startswith("Kort gezegd: armoede.")
    [group] = search("armoede", AnonymousUser())
    assert "<mark>armoede</mark>" in group.hits[0].snippet


def test_finding_something_of_every_kind_takes_one_query_per_kind(client, django_assert_num_queries):
    one_of_each_kind(WORD)
    # One per kind, the coöperaties' own search asks for its candidates first, and one for a municipality of that
    # name; nothing per hit: no column
    # left out of the rows (the stored words, long texts) is read afterwards.
    with django_assert_num_queries(len(SOURCES) + 2):
        html = client.get("/zoeken/", {"q": WORD}).content.decode()
    assert html.count("<mark>kwartelkoning</mark>") == len(SOURCES)


def test_the_snippet_is_the_one_djangos_search_headline_gives():
    from django.contrib.postgres.search import SearchHeadline, SearchQuery

    from zoeken.snippets import START, STOP, headline

    StoryFactory(published=True, text="Samen naar de voedselbank, en daarna samen koken in het buurthuis. " * 5)
    query = SearchQuery("samen koken", config=SEARCH_CONFIG, search_type="websearch")
    django_headline = SearchHeadline(
        "text",
        query,
        config=SEARCH_CONFIG,
        start_sel=START,
        stop_sel=STOP,
        max_words=20,
        min_words=8,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    ours, theirs = Story.objects.annotate(ours=headline(F("text"), query), theirs=django_headline).values_list(
        "ours", "theirs"
    )[0]
    assert START in ours
    assert ours == theirs


def test_a_published_answer_leads_to_its_question_on_the_topic_page(client):
    answer = one_of_each_kind(WORD)["uitwisseling"]
    html = client.get("/zoeken/", {"q": WORD}).content.decode()
    assert f'href="{answer.question.topic.get_absolute_url()}#vraag-{answer.question_id}"' in html
    answer.status = Answer.Status.INGEDIEND
    answer.save()
    assert "uitwisseling" not in found(WORD)
