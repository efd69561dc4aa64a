"""CSV for every export of the portal: Dutch Excel by default, and the mailing services' plain CSV.

Every cell goes through ``defuse``, whichever the format: a cell that a spreadsheet would run as a
formula gets a leading apostrophe.
"""

import csv
import re

from django.http import HttpResponse, StreamingHttpResponse

# Dutch Excel reads UTF-8 only with a byte order mark, and splits on ';' because ',' is
# the decimal mark there.
BOM = "\ufeff"
DELIMITER = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number such as -3,5 starts with '-' but cannot run as a formula; it stays a number.
_NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def defuse(value):
    """Text as a cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    value = str(value)
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class _Echo:
    """A file-like object whose write() returns the line instead of storing it."""

    def write(self, value):
        return value


def csv_lines(*, header, rows, delimiter=DELIMITER, bom=True):
    """The CSV text line by line (CRLF), header first, every cell defused; memory stays flat."""
    writer = csv.writer(_Echo(), delimiter=delimiter, lineterminator="\r\n")
    yield (BOM if bom else "") + writer.writerow([defuse(value) for value in header])
    for row in rows:
        yield writer.writerow([defuse(value) for value in row])


def excel_csv_response(*, filename, header, rows):
    """An attachment for Dutch Excel with ``header`` and ``rows`` (iterables of values)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    for line in csv_lines(header=header, rows=rows):
        response.write(line)
    return response


def streaming_csv_response(*, filename, lines):
    """An attachment streamed from ``csv_lines``, for exports too large to hold in memory."""
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
