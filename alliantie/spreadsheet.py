"""CSV files that Dutch Excel opens correctly, for every export of the portal."""

import csv

from django.http import HttpResponse

# Dutch Excel reads UTF-8 only with a byte order mark, and splits on ';' because ',' is
# the decimal mark there.
BOM = "\ufeff"
DELIMITER = ";"


def defuse(value):
    """Text as a cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def excel_csv_response(*, filename, header, rows):
    """An attachment with ``header`` and ``rows`` (iterables of values), every cell defused."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([defuse(value) for value in header])
    for row in rows:
        writer.writerow([defuse(value) for value in row])
    return response
