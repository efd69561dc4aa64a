"""One search over the whole portal: a query per kind of content, so the number of queries is
the same for every search, whatever it finds."""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Left

from cooperaties.search import SEARCH_CONFIG, normalise

from .snippets import headline, render_snippet
from .sources import BY_KEY, SOURCES

MAX_QUERY_LENGTH = 200
PER_KIND = 5
PER_KIND_ALONE = 50
# ts_headline reads the whole text it is given, word by word through the dictionaries (about 0.3 ms per
# 1,000 characters): a long publication cost more than the rest of the page. The first 2,000 characters
# hold the whole text of nearly every kind and a publication's summary; a word found only further on
# then shows the start of the text, unmarked. PostgreSQL computes it only for the rows shown.
SNIPPET_CHARS = 2000


@dataclass
class Hit:
    title: str
    url: str
    snippet: str
    rank: float


@dataclass
class Group:
    key: str
    label: str
    total: int
    hits: list = field(default_factory=list)

    @property
    def best(self):
        return max((hit.rank for hit in self.hits), default=0)

    @property
    def more(self):
        return self.total > len(self.hits)


# A web address as people type it: "initiatief.nu" or "www.initiatief.nu" (no scheme, no path).
WEB_ADDRESS = re.compile(r"^(?:www\.)?((?:[\w-]+\.)+[^\W\d_]{2,})$")


def search_query(q):
    """The words as a search box reads them (websearch). PostgreSQL keeps "www.initiatief.nu" in a text as one
    word, so a web address typed with or without "www." is looked for in both forms."""
    words, addresses = [], []
    for word in q.split() if '"' not in q else [q]:  # a quoted phrase is left whole
        match = WEB_ADDRESS.match(word)
        (addresses if match else words).append(match.group(1) if match else word)
    query = SearchQuery(" ".join(words), config=SEARCH_CONFIG, search_type="websearch") if words else None
    for address in addresses:
        either = SearchQuery(address, config=SEARCH_CONFIG, search_type="plain") | SearchQuery(
            f"www.{address}", config=SEARCH_CONFIG, search_type="plain"
        )
        query = either if query is None else query & either
    return query


def clean_query(text):
    # PostgreSQL refuses a NUL character in any string; a search for one finds nothing.
    return " ".join((text or "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]


def _ranked(source, queryset, q, query):
    if source.search is not None:
        return source.search(queryset, q)
    match = Q(search_vector=query)
    rank = SearchRank(F("search_vector"), query)
    if source.name is not None:
        plain = normalise(q)
        queryset = queryset.annotate(_name=source.name)
        match |= Q(_name__trigram_word_similar=plain)
        rank = rank + TrigramWordSimilarity(plain, "_name")
    return queryset.filter(match).annotate(rank=rank).order_by("-rank", "pk")


def _unread(source, model):
    """Columns the results never show: the stored search words, and long texts the snippet is made of."""
    generated = [field.name for field in model._meta.concrete_fields if field.generated]
    return [*generated, *source.unread]


def hits(source, q, query, user):
    """The QuerySet of one kind's hits, best first, each with its snippet and the kind's total."""
    queryset = source.queryset(user)
    queryset = queryset.defer(*_unread(source, queryset.model))
    return _ranked(source, queryset, q, query).annotate(
        snippet=headline(Left(source.snippet_text, SNIPPET_CHARS), query),
        total=Window(Count("pk")),
    )


def search(text, user, *, kind=""):
    """[Group], the kind with the best hit first. ``kind`` limits the search to one kind."""
    q = clean_query(text)
    if not q:
        return []
    query = search_query(q)
    sources = [BY_KEY[kind]] if kind in BY_KEY else SOURCES
    limit = PER_KIND_ALONE if kind in BY_KEY else PER_KIND
    groups = []
    for source in sources:
        rows = list(hits(source, q, query, user)[:limit])
        if rows:
            group = Group(key=source.key, label=source.label, total=rows[0].total)
            group.hits = [
                Hit(title=source.title(row), url=source.url(row), snippet=render_snippet(row.snippet), rank=row.rank)
                for row in rows
            ]
            groups.append(group)
    groups.sort(key=lambda group: group.best, reverse=True)
    return groups
