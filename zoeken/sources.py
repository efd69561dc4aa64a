"""What the site search looks in. Each source starts from its app's own QuerySet ("published",
"public", "readable by this user"): the rules stay in the apps, the search only adds the words.

A source says which text the snippet comes from, its title and address. Every kind keeps its words
(weights A–C) in a stored ``search_vector`` column that PostgreSQL updates itself, so a search never
parses the texts again; the kinds that grow have a GIN index on it. An event's speakers' names are copied
onto its row by the database (agenda migration 0017), so its vector holds them too.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from agenda.models import Event
from alliantie.models import Document
from cooperaties.models import Cooperatie
from cooperaties.search import ImmutableUnaccent
from manifest.models import Figure, Grondrecht, Kantelpunt, Kloof, Manifest
from publicaties.models import Publication
from uitwisseling.models import Answer
from verhalen.models import Story
from vraagaanbod.models import Posting


def joined(*parts, separator=" "):
    """The texts of ``parts`` (field names or expressions) as one, ``separator`` between them: PostgreSQL's
    concat_ws, one function for Django to compile, where Concat nests a pair of COALESCEs per part (a fifth of
    the processor time of building a search's queries, measured)."""
    expressions = [F(part) if isinstance(part, str) else part for part in parts]
    text = TextField()
    return Func(Value(separator, output_field=text), *expressions, function="concat_ws", output_field=text)


def unaccented(*fields):
    """Lower case without accents, for trigram matching of names with a typo."""
    return ImmutableUnaccent(Lower(joined(*fields)))


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    queryset: Callable  # user -> the app's QuerySet of what this user may see
    snippet_text: object = None
    title: Callable = str
    url: Callable = lambda obj: obj.get_absolute_url()
    name: object = None  # an expression (or stored column) for trigram matching, or None
    search: Callable = None  # (queryset, q) -> filtered and ranked by the app itself, or None
    unread: tuple = ()  # long texts that neither title nor address reads (besides the stored search columns)


def event_when(event):
    return date_format(event.date, "j F Y") if event.date else event.date_label


def _published_manifests():
    return Manifest.objects.published()


SOURCES = [
    Source(
        key="kloven",
        label=_("Kloven"),
        queryset=lambda user: Kloof.objects.published(),
        snippet_text=joined("summary", "text"),
        title=lambda kloof: kloof.name,
        name=unaccented("name"),
    ),
    Source(
        key="cijfers",
        label=_("Cijfers"),
        queryset=lambda user: Figure.objects.published().select_related("kloof"),
        snippet_text=joined(joined("label", "quote", separator=" – "), "source"),
        title=lambda figure: f"{figure.kloof.name}: {figure.label}",
        unread=("kloof__search_vector", "kloof__text"),
        url=lambda figure: figure.get_anchor_url(),
    ),
    Source(
        key="grondrechten",
        label=_("Sociale grondrechten"),
        queryset=lambda user: Grondrecht.objects.filter(manifest__in=_published_manifests()).select_related("manifest"),
        snippet_text=joined("title", "text"),
        title=lambda point: f"{point.order}. {point.title}",
        url=lambda point: f"{point.manifest.get_absolute_url()}#grondrecht-{point.order}",
    ),
    Source(
        key="kantelpunten",
        label=_("Kantelpunten"),
        queryset=lambda user: Kantelpunt.objects.filter(manifest__in=_published_manifests()).select_related("manifest"),
        snippet_text=joined("title", "text"),
        title=lambda point: f"{point.order}. {point.title}",
        url=lambda point: f"{point.manifest.get_absolute_url()}#kantelpunt-{point.order}",
    ),
    Source(
        key="cooperaties",
        label=_("Coöperaties"),
        queryset=lambda user: Cooperatie.objects.published(),
        # The coöperaties' own search (full text and trigram on name and place), as on their list.
        search=lambda queryset, q: queryset.search(q),
        unread=("description",),
        snippet_text=joined("summary", "description"),
        title=lambda cooperatie: cooperatie.name,
    ),
    Source(
        key="agenda",
        label=_("Agenda"),
        queryset=lambda user: Event.objects.visible_to(user).filter(is_example=False),
        snippet_text=joined("motto", "speaker_names", "description"),
        title=lambda event: f"{event.title} ({event_when(event)})",
        name=unaccented("title", "city", "speaker_names"),
    ),
    Source(
        key="documenten",
        label=_("Documenten"),
        queryset=lambda user: Document.objects.readable_by(user),
        snippet_text=joined("title", "summary"),
        title=lambda document: document.title,
    ),
    Source(
        key="publicaties",
        label=_("Publicaties"),
        queryset=lambda user: Publication.objects.published(),
        snippet_text=joined("summary", "body"),
        title=lambda publication: publication.title,
        unread=("body",),
        name=F("search_name"),
    ),
    Source(
        key="verhalen",
        label=_("Verhalen"),
        queryset=lambda user: Story.objects.published(),
        snippet_text=F("text"),
        title=lambda story: story.display_title,
    ),
    Source(
        key="vraag-en-aanbod",
        label=_("Vraag en aanbod"),
        queryset=lambda user: Posting.objects.published().current(today=timezone.localdate()),
        snippet_text=joined("title", "text"),
        title=lambda posting: str(posting),
    ),
    Source(
        key="uitwisseling",
        label=_("Uitwisseling tussen coöperaties"),
        queryset=lambda user: Answer.objects.published().select_related("cooperatie", "question__topic__theme"),
        snippet_text=F("text"),
        title=lambda answer: f"{answer.cooperatie.name}: {answer.question.text}",
        url=lambda answer: f"{answer.question.topic.get_absolute_url()}#vraag-{answer.question_id}",
    ),
]

BY_KEY = {source.key: source for source in SOURCES}
