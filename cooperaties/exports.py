"""Open data: the same rows for the CSV and JSON exports (public) and the admin's CSV action."""

from django.urls import reverse

from portal.links import absolute_url
from portal.spreadsheet import excel_csv_response

from .opendata import LICENSE_URL

COLUMNS = [
    "naam",
    "slug",
    "profiel",
    "korte_beschrijving",
    "beschrijving",
    "plaats",
    "provincie",
    "opgericht",
    "rechtsvorm",
    "domeinen",
    "themas",
    "open_voor_nieuwe_leden",
    "website",
    "email",
    "telefoon",
    "bericht_sturen",
    "laatst_bevestigd",
    "licentie",
]


def rows(queryset):
    """One dict per coöperatie; never the submitter's name or address (personal data)."""
    for c in queryset.prefetch_related("domains", "themes"):
        yield {
            "naam": c.name,
            "slug": c.slug,
            "profiel": absolute_url(c),
            "korte_beschrijving": c.summary,
            "beschrijving": c.description,
            "plaats": c.place,
            "provincie": c.get_province_display() if c.province else "",
            "opgericht": c.founding_year,
            "rechtsvorm": c.get_legal_form_display() if c.legal_form else "",
            "domeinen": [d.name for d in c.domains.all()],
            "themas": [t.name for t in c.themes.all()],
            "open_voor_nieuwe_leden": c.open_to_members,
            "website": c.website,
            "email": c.contact_email,
            "telefoon": c.phone,
            # Every coöperatie can be reached, also without a public address: through the portal's relay.
            "bericht_sturen": absolute_url(reverse("cooperaties:message", args=[c.slug])),
            "laatst_bevestigd": c.last_verified.isoformat() if c.last_verified else None,
            "licentie": LICENSE_URL,
        }


def _cell(value):
    return "; ".join(value) if isinstance(value, list) else value


def csv_response(queryset, filename="cooperaties.csv"):
    response = excel_csv_response(
        filename=filename,
        header=COLUMNS,
        rows=([_cell(row[column]) for column in COLUMNS] for row in rows(queryset)),
    )
    response["Link"] = f'<{LICENSE_URL}>; rel="license"'
    return response
