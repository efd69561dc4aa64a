"""Full-text search in Dutch that ignores accents, with trigram matching for small typos.

The text search configuration ``dutch_unaccent`` and the function ``cooperaties_unaccent``
are created by migration 0001. PostgreSQL's own ``unaccent()`` is not marked IMMUTABLE, so it
cannot be used in a generated column or an index; the wrapper pins the dictionary and is.
"""

import unicodedata

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import models
from django.db.models import F, Q
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "dutch_unaccent"
# A word found in every row (say "samen") would otherwise rank all 10,000 of them for one page of 20.
# Ranking at most this many candidates found through the indexes keeps the search fast and the count cheap;
# the page says when there were more, and invites a more precise search.
SEARCH_CANDIDATES = 500


class ImmutableUnaccent(models.Func):
    function = "cooperaties_unaccent"
    output_field = models.TextField()


def stored_vector(*weighted):
    """A tsvector column that PostgreSQL keeps itself from ``(field, weight)`` pairs, so a search reads it
    instead of parsing every row's text again; the same vector as the SearchVectors summed in a query."""
    expression = None
    for field, weight in weighted:
        part = SearchVector(field, weight=weight, config=SEARCH_CONFIG)
        expression = part if expression is None else expression + part
    return models.GeneratedField(expression=expression, output_field=SearchVectorField(), db_persist=True)


def normalise(text):
    """Lower case without accents, the same as ``cooperaties_unaccent(lower(...))`` in the database."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip()


def candidates(queryset, q):
    """At most SEARCH_CANDIDATES ids that match the words, found through the GIN indexes (unranked)."""
    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    matches = Q(search_vector=query) | Q(search_name__trigram_word_similar=normalise(q))
    return queryset.filter(matches).order_by().values_list("pk", flat=True)[:SEARCH_CANDIDATES]


def search_queryset(queryset, q):
    q = (q or "").strip()
    if not q:
        return queryset
    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    plain = normalise(q)
    # Fetched first, as a list: inside one statement beside the filters' joins the planner can pick a plan
    # that reads the directory once per row (seen on a table without statistics); a list of ids cannot.
    ids = list(candidates(queryset, q))
    if not ids:
        return queryset.none()
    # One array parameter rather than 500 placeholders: the count and the page each carry the list.
    return (
        queryset.filter(pk__in=RawSQL("SELECT unnest(%s::bigint[])", (ids,)))
        .annotate(rank=SearchRank(F("search_vector"), query) + TrigramWordSimilarity(plain, "search_name"))
        .order_by("-rank", "name")
    )
