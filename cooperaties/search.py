"""Full-text search in Dutch that ignores accents, with trigram matching for small typos.

The text search configuration ``dutch_unaccent`` and the function ``cooperaties_unaccent``
are created by migration 0001. PostgreSQL's own ``unaccent()`` is not marked IMMUTABLE, so it
cannot be used in a generated column or an index; the wrapper pins the dictionary and is.
"""

import unicodedata

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import models
from django.db.models import F, Q

SEARCH_CONFIG = "dutch_unaccent"


class ImmutableUnaccent(models.Func):
    function = "cooperaties_unaccent"
    output_field = models.TextField()


def normalise(text):
    """Lower case without accents, the same as ``cooperaties_unaccent(lower(...))`` in the database."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip()


def search_queryset(queryset, q):
    q = (q or "").strip()
    if not q:
        return queryset
    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    plain = normalise(q)
    return (
        queryset.filter(Q(search_vector=query) | Q(search_name__trigram_word_similar=plain))
        .annotate(rank=SearchRank(F("search_vector"), query) + TrigramWordSimilarity(plain, "search_name"))
        .order_by("-rank", "name")
    )
