"""Subscribers as CSV for the mailing services and for people, streamed row by row.

Memory stays flat: rows come from a server-side cursor in chunks (``iterator``) as plain tuples
(``values_list``), and each CSV line is handed on as soon as it is written. Every format carries the
consent times its service can take, and the status wherever the service reads one.
"""

import json
from dataclasses import dataclass

from django.utils import timezone

from portal.spreadsheet import csv_lines as spreadsheet_lines

from .models import Subscriber

CONFIRMED, UNSUBSCRIBED = Subscriber.Status.CONFIRMED, Subscriber.Status.UNSUBSCRIBED
SELECTIONS = {
    "all": [CONFIRMED, UNSUBSCRIBED],
    "confirmed": [CONFIRMED],
    "unsubscribed": [UNSUBSCRIBED],
}
CHUNK_SIZE = 2000


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _mailchimp(email, name, organisation, created, confirmed_at, unsubscribed_at, status):
    label = {CONFIRMED: "subscribed", UNSUBSCRIBED: "unsubscribed"}[status]
    return [email, name, organisation, _when(created), _when(confirmed_at), _when(unsubscribed_at), label]


def _laposta(email, name, organisation, created, confirmed_at, unsubscribed_at, status):
    label = {CONFIRMED: "actief", UNSUBSCRIBED: "afgemeld"}[status]
    return [email, name, organisation, _when(created), _when(confirmed_at), _when(unsubscribed_at), label]


def _listmonk(email, name, organisation, created, confirmed_at, unsubscribed_at, status):
    attributes = {"organisatie": organisation, "aangemeld_op": _when(created), "bevestigd_op": _when(confirmed_at)}
    return [email, name, json.dumps({key: value for key, value in attributes.items() if value}, ensure_ascii=False)]


def _people(email, name, organisation, created, confirmed_at, unsubscribed_at, status):
    label = {CONFIRMED: "ingeschreven", UNSUBSCRIBED: "afgemeld"}[status]
    return [email, name, organisation, label, _when(created), _when(confirmed_at), _when(unsubscribed_at)]


@dataclass(frozen=True)
class Format:
    label: str
    header: list
    row: callable
    selections: tuple
    delimiter: str = ","
    bom: bool = False


FORMATS = {
    # Mailchimp recognises "Email Address", OPTIN_TIME and CONFIRM_TIME (consent proof, first import only).
    "mailchimp": Format(
        "Mailchimp",
        ["Email Address", "Name", "Organisation", "OPTIN_TIME", "CONFIRM_TIME", "UNSUB_TIME", "Status"],
        _mailchimp,
        ("all", "confirmed", "unsubscribed"),
    ),
    # Laposta matches on the address and lets the secretariat map each (Dutch) column to a field.
    "laposta": Format(
        "Laposta",
        ["E-mailadres", "Naam", "Organisatie", "Aangemeld op", "Bevestigd op", "Afgemeld op", "Status"],
        _laposta,
        ("all", "confirmed", "unsubscribed"),
    ),
    # listmonk reads email, name and attributes (JSON) only and chooses the status per import: a subscribe
    # import with overwrite on would undo unsubscribes, so confirmed and unsubscribed never share a file.
    "listmonk": Format("listmonk", ["email", "name", "attributes"], _listmonk, ("confirmed", "unsubscribed")),
    # For people: Dutch Excel.
    "excel": Format(
        "Excel",
        ["e-mailadres", "naam", "organisatie", "status", "aangemeld op", "bevestigd op", "afgemeld op"],
        _people,
        ("all", "confirmed", "unsubscribed"),
        delimiter=";",
        bom=True,
    ),
}
HEADER = FORMATS["mailchimp"].header


def rows(selection="all", service="mailchimp"):
    queryset = Subscriber.objects.for_export(SELECTIONS[selection])
    make_row = FORMATS[service].row
    for values in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield make_row(*values)


def csv_lines(selection="all", *, service="mailchimp", on_row=None):
    """CSV text line by line (header first). ``on_row(count)`` is called after each row."""
    export_format = FORMATS[service]

    def counted():
        for number, row in enumerate(rows(selection, service), start=1):
            yield row
            if on_row is not None:
                on_row(number)

    return spreadsheet_lines(
        header=export_format.header, rows=counted(), delimiter=export_format.delimiter, bom=export_format.bom
    )


def count(selection="all"):
    return Subscriber.objects.filter(status__in=SELECTIONS[selection]).count()
