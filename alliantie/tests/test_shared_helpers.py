"""The CSV and rate-limit helpers every app's exports and public forms use."""

import csv
import io

import pytest
from django.test import RequestFactory, override_settings

from alliantie import ratelimit
from alliantie.spreadsheet import excel_csv_response


def test_csv_opens_in_dutch_excel_and_defuses_formulas():
    response = excel_csv_response(
        filename="proef.csv",
        header=["naam", "getal", "actief"],
        rows=[['=HYPERLINK("x")', 12, True], ["Anna", None, False]],
    )
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert response["Content-Disposition"] == 'attachment; filename="proef.csv"'
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["naam", "getal", "actief"], ['\'=HYPERLINK("x")', "12", "ja"], ["Anna", "", "nee"]]


@pytest.mark.django_db
def test_rate_limit_allows_the_limit_then_refuses():
    results = [ratelimit.allow(scope="proef", ip="192.0.2.1", limit=3, period=60) for _ in range(4)]
    assert results == [True, True, True, False]
    # Another address has its own counter.
    assert ratelimit.allow(scope="proef", ip="192.0.2.2", limit=3, period=60)


def test_client_ip_ignores_forwarded_header_unless_behind_our_proxy():
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert ratelimit.client_ip(request) == "10.0.0.5"
    with override_settings(USE_X_FORWARDED_FOR=True):
        assert ratelimit.client_ip(request) == "203.0.113.9"
