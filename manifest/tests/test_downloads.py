"""CSV and JSON downloads: Dutch Excel reads the numbers, and they parse back to the same values."""

import csv
import io
import json
from decimal import Decimal

import pytest

from manifest.models import Figure

pytestmark = pytest.mark.django_db


def parse_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(body[1:]), delimiter=";"))


def test_csv_of_all_figures_parses_back_to_the_same_numbers(client, seeded):
    response = client.get("/kloven/cijfers.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = parse_csv(response)
    figures = {figure.pk: figure for figure in Figure.objects.all()}
    assert len(rows) == len(figures) == 45
    for row in rows:
        figure = figures[int(row["cijfer_id"])]
        assert "." not in row["waarde"], "no thousands separator: Excel would read 590.000 as 590"
        assert Decimal(row["waarde"].replace(",", ".")) == figure.value
        assert row["eenheid"] == figure.unit and row["periode"] == figure.period
        assert row["bron"] == figure.source and row["publicatie"] == figure.publication
        assert row["link"].endswith(f"/kloven/{figure.kloof.slug}/cijfers/{figure.pk}/")
    gini = next(row for row in rows if row["omschrijving"].startswith("Gini"))
    assert gini["waarde"] == "0,90"


def test_csv_of_one_kloof_holds_only_its_figures(client, seeded):
    rows = parse_csv(client.get("/kloven/woonkloof/cijfers.csv"))
    assert {row["kloof"] for row in rows} == {"Woonkloof"}
    assert sorted(row["waarde"] for row in rows) == ["56", "72", "83"]


def test_json_gives_numbers_and_sources(client, seeded):
    data = json.loads(client.get("/kloven/inkomenskloof/cijfers.json").content)
    by_period = {(item["omschrijving"], item["periode"]): item for item in data["cijfers"]}
    ratio = by_period[("Verschil tussen hoogste en laagste inkomensgroep", "2011")]
    assert ratio["waarde"] == 8.2 and ratio["waarde_tekst"] == "8,2" and ratio["eenheid"] == "keer"
    assert ratio["bron"] == "Wiemer Salverda"
    all_data = json.loads(client.get("/kloven/cijfers.json").content)
    assert len(all_data["cijfers"]) == 45


@pytest.mark.parametrize("query", ["?format=xls", "?page=-1&sep=x", "?%ff%fe=%ff", "?kloof=1'--", "?" + "a=b&" * 200])
@pytest.mark.parametrize(
    "url",
    [
        "/kloven/cijfers.csv",
        "/kloven/cijfers.json",
        "/kloven/arbeidskloof/cijfers.csv",
        "/kloven/arbeidskloof/cijfers.json",
    ],
)
def test_nonsense_in_the_query_string_is_ignored(client, seeded, url, query):
    response = client.get(url + query)
    assert response.status_code == 200
    # The Arbeidskloof's 3,3 miljoen is in every one of these downloads.
    assert "3300000" in response.content.decode()


def test_a_nul_in_the_query_string_is_a_bad_request(client, seeded):
    # PostgreSQL cannot take a NUL; one guard answers 400 for it everywhere (portal/request_limits.py).
    assert client.get("/kloven/cijfers.csv?page=-1&sep=%00").status_code == 400


def test_download_of_unknown_kloof_is_404(client, seeded):
    assert client.get("/kloven/bestaat-niet/cijfers.csv").status_code == 404
    assert client.post("/kloven/cijfers.csv").status_code == 405
