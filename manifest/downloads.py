"""CSV and JSON downloads of figures, with their source columns.

The CSV is made for Dutch Excel: ';' between columns, ',' as decimal mark, no thousands separator,
UTF-8 with a byte order mark (without it Excel shows ë and ‘ as garbage).
"""

import csv
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse

from .formatting import format_number, format_plain

CSV_DELIMITER = ";"
BOM = "\ufeff"

COLUMNS = [
    ("kloof", lambda f: f.kloof.name),
    ("cijfer_id", lambda f: f.pk),
    ("omschrijving", lambda f: f.label),
    ("waarde", lambda f: format_plain(f.value, f.decimals)),
    ("eenheid", lambda f: f.unit),
    ("nauwkeurigheid", lambda f: f.qualifier),
    ("periode", lambda f: f.period),
    ("reeks", lambda f: f.series.title if f.series else ""),
    ("groep", lambda f: f.group),
    ("bron", lambda f: f.source),
    ("publicatie", lambda f: f.publication),
    ("tekst_in_bron", lambda f: f.quote),
    ("toelichting", lambda f: f.note),
    ("link", lambda f: permalink(f)),
]


def permalink(figure):
    return settings.SITE_URL + figure.get_absolute_url()


def figures_csv_response(figures, *, filename, request=None):
    response = HttpResponse(content_type="text/csv; charset=utf-8; header=present")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([name for name, _ in COLUMNS])
    for figure in figures:
        writer.writerow([getter(figure) for _, getter in COLUMNS])
    return response


def json_number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def figure_as_dict(figure):
    return {
        "id": figure.pk,
        "kloof": figure.kloof.name,
        "kloof_slug": figure.kloof.slug,
        "omschrijving": figure.label,
        "waarde": json_number(figure.value),
        "waarde_tekst": format_number(figure.value, figure.decimals),
        "eenheid": figure.unit,
        "nauwkeurigheid": figure.qualifier,
        "periode": figure.period,
        "reeks": figure.series.title if figure.series else "",
        "groep": figure.group,
        "bron": figure.source,
        "publicatie": figure.publication,
        "tekst_in_bron": figure.quote,
        "toelichting": figure.note,
        "link": permalink(figure),
    }


def figures_json_response(figures, *, filename, title):
    data = {
        "titel": title,
        "uitleg": "waarde is een getal (punt als decimaalteken); waarde_tekst is dezelfde waarde op zijn Nederlands.",
        "cijfers": [figure_as_dict(figure) for figure in figures],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """JSON for inside a <script type="application/ld+json">, safe against '</script>' in the text."""
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_JSON_SCRIPT_ESCAPES)
