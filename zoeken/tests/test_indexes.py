"""The GIN indexes of the growing kinds (publications, stories; coöperaties test their own) are
used by the planner for the site search's own queries. The EXPLAIN output is printed (pytest -s)."""

import random

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils import timezone

from cooperaties.models import Cooperatie
from cooperaties.search import SEARCH_CONFIG, candidates
from publicaties.models import Publication
from verhalen.consent import CONSENT_TEXT
from verhalen.models import Story
from zoeken.search import PER_KIND, hits
from zoeken.sources import BY_KEY

pytestmark = pytest.mark.django_db

WORDS = [
    "armoede",
    "inkomen",
    "wonen",
    "zorg",
    "werk",
    "schulden",
    "huur",
    "toeslag",
    "gemeente",
    "buurt",
    "samen",
    "kinderen",
    "school",
    "energie",
    "rekening",
    "geld",
    "maand",
    "uitkering",
    "bijstand",
    "kosten",
    "eten",
    "kleding",
    "fiets",
    "bus",
    "vrijwilliger",
]


def sentence(rng, n=60):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def plan(kind, q):
    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    queryset = hits(BY_KEY[kind], q, query, AnonymousUser())[:PER_KIND]
    text = queryset.explain(analyze=True)
    print(f"\nEXPLAIN ANALYZE, {kind}, q={q!r}:\n{text}")
    return text


def test_publication_search_uses_the_gin_indexes_on_5000_publications():
    rng = random.Random(17)
    Publication.objects.bulk_create(
        Publication(
            title=f"Publicatie {i} {rng.choice(WORDS)}",
            slug=f"p-{i}",
            kind=Publication.Kind.ARTIKEL,
            authors=f"Auteur {i}",
            body=sentence(rng, 200),
            status=Publication.Status.GEPUBLICEERD,
        )
        for i in range(5000)
    )
    Publication.objects.create(
        title="Genadebrood", slug="genadebrood", kind="recensie", body="Over de voedselbank.", status="gepubliceerd"
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE publicaties_publication")

    text = plan("publicaties", "voedselbank")
    assert "publication_search_gin" in text
    assert "publication_name_trgm" in text
    assert "Seq Scan on publicaties_publication" not in text


def test_story_search_uses_the_gin_index_on_5000_stories():
    rng = random.Random(18)
    now = timezone.now()
    Story.objects.bulk_create(
        Story(
            text=sentence(rng),
            status=Story.Status.GEPUBLICEERD,
            published_at=now,
            consent_text=str(CONSENT_TEXT),
            consented_at=now,
        )
        for _ in range(5000)
    )
    Story.objects.create(
        text="Bij de voedselbank kreeg ik een pakket.",
        status=Story.Status.GEPUBLICEERD,
        published_at=now,
        consent_text=str(CONSENT_TEXT),
        consented_at=now,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE verhalen_story")

    text = plan("verhalen", "voedselbank")
    assert "story_search_gin" in text
    assert "Seq Scan on verhalen_story" not in text


def test_cooperatie_search_through_the_site_search_uses_their_gin_indexes():
    from cooperaties.tests.bulk import generate
    from cooperaties.tests.factories import CooperatieFactory

    generate(10_000)
    CooperatieFactory(name="Bewonersbedrijf Heechterp-Schieringen", place="Leeuwarden")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cooperaties_cooperatie")

    # Coöperaties are searched by their own app (cooperaties/search.py): the indexes find the candidates.
    text = candidates(Cooperatie.objects.published(), "Heechtrep").explain(analyze=True)
    assert "coop_search_name_trgm" in text
    assert "Seq Scan on cooperaties_cooperatie" not in text
