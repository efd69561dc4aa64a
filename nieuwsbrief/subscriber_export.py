"""Subscribers as CSV for Laposta and Mailchimp (comma-separated, no BOM), streamed row by row.

Memory stays flat: rows come from a server-side cursor in chunks (``iterator``) as plain tuples
(``values_list``), and each CSV line is handed on as soon as it is written.
"""

from django.utils import timezone

from alliantie.spreadsheet import csv_lines as spreadsheet_lines

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


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def rows(selection="all"):
    queryset = Subscriber.objects.for_export(SELECTIONS[selection])
    for email, name, organisation, created, confirmed_at, unsubscribed_at, status in queryset.iterator(
        chunk_size=CHUNK_SIZE
    ):
        yield [
            email,
            name,
            organisation,
            _when(created),
            _when(confirmed_at),
            _when(unsubscribed_at),
            STATUS_LABELS[status],
        ]


def csv_lines(selection="all", *, on_row=None):
    """CSV text line by line (header first). ``on_row(count)`` is called after each row."""

    def counted():
        for number, row in enumerate(rows(selection), start=1):
            yield row
            if on_row is not None:
                on_row(number)

    return spreadsheet_lines(header=HEADER, rows=counted(), delimiter=",", bom=False)


def count(selection="all"):
    return Subscriber.objects.filter(status__in=SELECTIONS[selection]).count()
