import pytest
from django.db import connection

from cooperaties.models import Cooperatie
from cooperaties.search import candidates

from .bulk import generate
from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db


def names(queryset):
    return set(queryset.values_list("name", flat=True))


def test_search_without_diaeresis_finds_cooperatie_with_it():
    CooperatieFactory(name="Coöperatie De Kring", summary="Samen koken in de wijk.")
    CooperatieFactory(name="Repaircafé Noord", summary="Spullen maken in plaats van weggooien.")

    assert names(Cooperatie.objects.search("cooperatie")) == {"Coöperatie De Kring"}
    assert names(Cooperatie.objects.search("COÖPERATIE")) == {"Coöperatie De Kring"}
    assert names(Cooperatie.objects.search("repaircafe")) == {"Repaircafé Noord"}


def test_search_tolerates_small_typos_in_the_name():
    CooperatieFactory(name="Mijn Gereedschapskist", place="")
    CooperatieFactory(name="Fort Vreeswijk", place="")
    CooperatieFactory(name="Weggeefwinkel", place="")

    assert names(Cooperatie.objects.search("gereedschapkist")) == {"Mijn Gereedschapskist"}
    assert names(Cooperatie.objects.search("Vreeswyk")) == {"Fort Vreeswijk"}


def test_search_uses_dutch_stemming_over_the_longer_text():
    CooperatieFactory(name="Kies&Co", description="Kinderen werken in kinderwijkraden aan plannen voor de wijk.")
    CooperatieFactory(name="Anders", description="Een moestuin voor de buurt.")

    assert names(Cooperatie.objects.search("kinderwijkraad")) == {"Kies&Co"}
    assert names(Cooperatie.objects.search("wijken")) == {"Kies&Co"}


def test_search_ranks_name_matches_above_text_matches():
    CooperatieFactory(name="Buurtbedrijf", summary="Wij werken samen met de moestuin.")
    CooperatieFactory(name="De Moestuin", summary="Groente voor de buurt.")

    assert list(Cooperatie.objects.search("moestuin").values_list("name", flat=True)) == [
        "De Moestuin",
        "Buurtbedrijf",
    ]


def test_empty_search_changes_nothing():
    CooperatieFactory.create_batch(3)
    assert Cooperatie.objects.search("  ").count() == 3


def test_search_on_10000_coops_uses_the_gin_indexes():
    generate(10_000)
    CooperatieFactory(name="Mijn Gereedschapskist")
    with connection.cursor() as cursor:
        # Realistic statistics, as autovacuum would have made them; the planner is left free.
        cursor.execute("ANALYZE cooperaties_cooperatie")
    # A name, or a name with a typo: the searches people make. (A word in a quarter of all rows,
    # such as "cooperatie" in this generated set, may rightly be read sequentially.)
    for q in ("gereedschapskist", "vreeswyk"):
        # The indexes find the candidates; the ranking then looks those few up by primary key.
        plan = candidates(Cooperatie.objects.published(), q).explain(analyze=True)
        print(f"\nEXPLAIN ANALYZE for q={q!r}:\n{plan}")
        assert "coop_search_vector_gin" in plan
        assert "coop_search_name_trgm" in plan
        assert "Seq Scan on cooperaties_cooperatie" not in plan
