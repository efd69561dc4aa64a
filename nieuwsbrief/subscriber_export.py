"""Subscribers as CSV for Laposta and Mailchimp, streamed row by row.

Memory stays flat: rows come from a server-side cursor in chunks (``iterator``) as plain tuples
(``values_list``), and each CSV line is handed on as soon as it is written.
"""

import csv

from django.utils import timezone

from .models import Subscriber

# Mailchimp's importer recognises "Email Address", "OPTIN_TIME" and "CONFIRM_TIME"; Laposta lets the
# secretariat map each column to a field. "Status" tells the service whom to suppress.
HEADER = ["Email Address", "Name", "Organisation", "OPTIN_TIME", "CONFIRM_TIME", "UNSUB_TIME", "Status"]
STATUS_LABELS = {Subscriber.Status.CONFIRMED: "subscribed", Subscriber.Status.UNSUBSCRIBED: "unsubscribed"}
SELECTIONS = {
    "all": [Subscriber.Status.CONFIRMED, Subscriber.Status.UNSUBSCRIBED],
    "confirmed": [Subscriber.Status.CONFIRMED],
    "unsubscribed": [Subscriber.Status.UNSUBSCRIBED],
}
CHUNK_SIZE = 2000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    """A file-like object whose write() returns the line instead of storing it."""

    def write(self, value):
        return value


def _safe(text):
    # A spreadsheet would run "=..." as a formula; names come from a public form.
    return "'" + text if text.startswith(FORMULA_START) else text


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def rows(selection="all"):
    queryset = Subscriber.objects.for_export(SELECTIONS[selection])
    for email, name, organisation, created, confirmed_at, unsubscribed_at, status in queryset.iterator(
        chunk_size=CHUNK_SIZE
    ):
        yield [
            email,
            _safe(name),
            _safe(organisation),
            _when(created),
            _when(confirmed_at),
            _when(unsubscribed_at),
            STATUS_LABELS[status],
        ]


def csv_lines(selection="all", *, on_row=None):
    """CSV text line by line (header first). ``on_row(count)`` is called after each row."""
    writer = csv.writer(_Echo())
    yield writer.writerow(HEADER)
    for count, row in enumerate(rows(selection), start=1):
        yield writer.writerow(row)
        if on_row is not None:
            on_row(count)


def count(selection="all"):
    return Subscriber.objects.filter(status__in=SELECTIONS[selection]).count()
