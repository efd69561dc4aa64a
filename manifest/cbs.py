"""The newest observation of one CBS StatLine selection, read with CBS's own client (cbsodata, OData3).

Four small requests: the table's title (TableInfos), its columns (DataProperties: does the measure still
exist, in which unit), the periods' names, and the selected rows themselves. Every way this can fail ends in
``CbsError`` with a sentence for the secretariat; visitors never see it.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import requests
from django.conf import settings


class CbsError(Exception):
    """Fetching failed; the message is for the secretariat, in Dutch."""


@dataclass(frozen=True)
class Observation:
    period_key: str
    period: str
    value: Decimal
    cbs_unit: str
    table_title: str


def _multiplier(unit):
    """CBS writes large counts as 'x 1 000': the stored value is the number people mean."""
    match = re.fullmatch(r"x\s*([\d\s.]+)", (unit or "").strip())
    return Decimal(re.sub(r"[\s.]", "", match.group(1))) if match else Decimal(1)


def _plain_period(title):
    """CBS marks a provisional figure with '*' ('2024*'); the page says it in words."""
    title = title.strip()
    return f"{title.rstrip('*').strip()}, voorlopig" if title.endswith("*") else title


def _get(table_id, name, **kwargs):
    # Imported here: on import cbsodata logs its settings to the root logger, which every command would print.
    import cbsodata

    if cbsodata.options.use_https != settings.CBS_USE_HTTPS:
        cbsodata.options.use_https = settings.CBS_USE_HTTPS
    try:
        return cbsodata.get_meta(
            table_id, name, catalog_url=settings.CBS_CATALOG_URL, timeout=settings.CBS_TIMEOUT_SECONDS, **kwargs
        )
    except requests.HTTPError as error:
        # cbsodata raises a new HTTPError of its own; the answer's status is on the one it wraps.
        # (A Response is falsy when its status is an error: compare with None.)
        response = getattr(error.__cause__, "response", None)
        if response is None:
            response = error.response
        status = response.status_code if response is not None else None
        if status == 404:
            message = f"CBS kent tabel {table_id} niet (meer). Kijk op StatLine of er een nieuwe tabel is."
            raise CbsError(message) from error
        if status == 400:
            raise CbsError("CBS begrijpt de selectie niet (fout 400). Kijk de selectie en de kolom na.") from error
        raise CbsError(f"CBS gaf een fout ({status}). Probeer het later nog eens.") from error
    except (requests.ConnectionError, requests.Timeout) as error:
        raise CbsError("CBS was niet bereikbaar. Probeer het later nog eens.") from error
    except (requests.RequestException, ValueError, KeyError) as error:
        raise CbsError("CBS gaf een antwoord dat de portal niet kan lezen.") from error


def newest(*, table_id, measure, filters="", period_dimension="Perioden"):
    """The selection's value in the latest period that has one."""
    info = _get(table_id, "TableInfos")
    columns = {column.get("Key"): column for column in _get(table_id, "DataProperties")}
    if measure not in columns:
        raise CbsError(f"De kolom ‘{measure}’ staat niet (meer) in tabel {table_id}. Kijk de kolom na op StatLine.")
    if period_dimension not in columns:
        raise CbsError(f"Tabel {table_id} heeft geen kolom ‘{period_dimension}’ met perioden.")
    rows = _get(table_id, "TypedDataSet", filters=filters or None, select=[period_dimension, measure])
    with_value = [row for row in rows if row.get(measure) is not None]
    if not with_value:
        raise CbsError(f"Tabel {table_id} geeft geen cijfer voor deze selectie. Kijk de selectie na.")
    latest = max(with_value, key=lambda row: row[period_dimension])
    periods = {period.get("Key"): period.get("Title", "") for period in _get(table_id, period_dimension)}
    unit = columns[measure].get("Unit") or ""
    try:
        value = Decimal(str(latest[measure])) * _multiplier(unit)
    except InvalidOperation as error:
        raise CbsError(f"De waarde in tabel {table_id} is geen getal.") from error
    return Observation(
        period_key=latest[period_dimension],
        period=_plain_period(periods.get(latest[period_dimension]) or latest[period_dimension]),
        value=value,
        cbs_unit=unit,
        table_title=(info[0].get("Title", "") if info else ""),
    )
