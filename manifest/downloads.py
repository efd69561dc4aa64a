"""CSV and JSON downloads of figures, with their source columns.

The CSV is the portal's Dutch-Excel CSV (portal.spreadsheet) with ',' as decimal mark and no
thousands separator.
"""

from django.http import JsonResponse

from portal.links import absolute_url
from portal.spreadsheet import excel_csv_response

from .formatting import format_number, format_plain

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
    ("tekst_in_bron", lambda f: f.public_quote),
    ("toelichting", lambda f: f.note),
    ("link", lambda f: permalink(f)),
]


def permalink(figure):
    return absolute_url(figure)


def figures_csv_response(figures, *, filename):
    return excel_csv_response(
        filename=filename,
        header=[name for name, _ in COLUMNS],
        rows=([getter(figure) for _, getter in COLUMNS] for figure in figures),
    )


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
        "tekst_in_bron": figure.public_quote,
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
