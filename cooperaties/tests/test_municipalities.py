import collections
import io

import pytest
from django.core.management import call_command

from cooperaties import municipalities
from cooperaties.models import Municipality, Province

pytestmark = pytest.mark.django_db

# CBS, "Gemeentelijke indeling op 1 januari 2025" (Gemeenten alfabetisch 2025): the number of municipalities
# per province, as CBS publishes them (source and how the file was obtained: cooperaties/data/BRON.md).
CBS_2025_PER_PROVINCE = {
    Province.GRONINGEN: 10,
    Province.FRIESLAND: 18,
    Province.DRENTHE: 12,
    Province.OVERIJSSEL: 25,
    Province.FLEVOLAND: 6,
    Province.GELDERLAND: 51,
    Province.UTRECHT: 26,
    Province.NOORD_HOLLAND: 44,
    Province.ZUID_HOLLAND: 50,
    Province.ZEELAND: 13,
    Province.NOORD_BRABANT: 56,
    Province.LIMBURG: 31,
}


def test_data_file_totals_per_province_match_cbs_2025():
    rows = list(municipalities.read_rows())
    per_province = collections.Counter(municipalities.PROVINCES[row["provinciecode"]] for row in rows)
    assert dict(per_province) == CBS_2025_PER_PROVINCE
    assert len(rows) == 342
    assert len({row["gemeentecode"] for row in rows}) == 342
    assert municipalities.YEAR == 2025


def test_loaded_table_matches_the_file_and_a_second_load_changes_nothing():
    out = io.StringIO()
    call_command("load_gemeenten", stdout=out)
    assert "342 nieuw" in out.getvalue()
    call_command("load_gemeenten", stdout=out)
    assert "0 nieuw, 0 bijgewerkt, 0 verwijderd" in out.getvalue()

    counts = collections.Counter(Municipality.objects.values_list("province", flat=True))
    assert counts == {province.value: n for province, n in CBS_2025_PER_PROVINCE.items()}
    amersfoort = Municipality.objects.get(name="Amersfoort")
    assert (amersfoort.code, amersfoort.province, amersfoort.year) == ("GM0307", "utrecht", 2025)


def test_find_ignores_case_accents_and_cbs_qualifiers(gemeenten):
    assert Municipality.objects.find("nieuwegein").name == "Nieuwegein"
    assert Municipality.objects.find("Sudwest-Fryslan").name == "Súdwest-Fryslân"
    assert Municipality.objects.find("Hengelo").name == "Hengelo (O.)"
    assert Municipality.objects.find("Den Haag").name == "'s-Gravenhage"
    # Two municipalities are called Bergen: only CBS's full name says which.
    assert Municipality.objects.find("Bergen") is None
    assert Municipality.objects.find("Bergen (L.)").province == Province.LIMBURG
    assert Municipality.objects.find("Atlantis") is None
