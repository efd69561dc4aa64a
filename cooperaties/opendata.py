"""Open data for others to reuse: the licence, a Murmurations-style profile per coöperatie, and a CSV in
the column order of the ESSGlobal (Solidarity Economy) data standard.

The licence is the one the portal chose for the kloof figures (manifest/structured_data.py): CC BY 4.0.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse

from portal.links import absolute_url
from portal.spreadsheet import csv_lines

from .models import Province

LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl"
LICENSE_NAME = "CC BY 4.0"
ATTRIBUTION = "Sociale Alliantie, sociale coöperaties"
LICENSE = {"naam": LICENSE_NAME, "url": LICENSE_URL, "naamsvermelding": ATTRIBUTION}
MURMURATIONS_SCHEMA = "organizations_schema-v1.0.0"


def expires(cooperatie):
    """After this date the entry counts as stale: a year (the check interval) after its last confirmation,
    or after its last change when it was never confirmed."""
    base = cooperatie.last_verified or cooperatie.updated.date()
    return base + datetime.timedelta(days=settings.COOPERATIES_CHECK_INTERVAL_DAYS)


def murmurations_profile(cooperatie):
    """The fields of the Murmurations organisations schema we can fill, plus when it was last updated
    and when it expires; empty fields are left out rather than guessed."""
    profile = {
        "linked_schemas": [MURMURATIONS_SCHEMA],
        "name": cooperatie.name,
        "primary_url": cooperatie.website or absolute_url(cooperatie),
        "description": cooperatie.summary,
        "tags": [d.name for d in cooperatie.domains.all()] + [t.name for t in cooperatie.themes.all()],
        "urls": [{"name": "Profiel bij de Sociale Alliantie", "url": absolute_url(cooperatie)}]
        + ([{"name": "Website", "url": cooperatie.website}] if cooperatie.website else []),
        "country_iso_3166": "NL",
        "last_updated": int(cooperatie.updated.timestamp()),
        "last_verified": cooperatie.last_verified.isoformat() if cooperatie.last_verified else None,
        "expires": expires(cooperatie).isoformat(),
        "license": LICENSE_URL,
    }
    if cooperatie.place:
        profile["locality"] = cooperatie.place
    if cooperatie.province == Province.LANDELIJK:
        profile["geographic_scope"] = "national"
    elif cooperatie.province:
        profile["region"] = cooperatie.get_province_display()
    # Every coöperatie can be reached through the portal's relay, also when it published no address.
    profile["contact_details"] = {"contact_form": absolute_url(reverse("cooperaties:message", args=[cooperatie.slug]))}
    if cooperatie.contact_email:
        profile["contact_details"]["email"] = cooperatie.contact_email
    if cooperatie.phone:
        profile["telephone"] = cooperatie.phone
    if cooperatie.founding_year:
        profile["starts_at"] = int(datetime.datetime(cooperatie.founding_year, 1, 1, tzinfo=datetime.UTC).timestamp())
    return profile


def murmurations_response(cooperatie):
    return JsonResponse(
        murmurations_profile(cooperatie),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
        headers={"Link": f'<{LICENSE_URL}>; rel="license"'},
    )


# The ESSGlobal column order; our own values (Dutch terms), since the portal keeps no ESSGlobal codes.
ESSGLOBAL_COLUMNS = [
    "Identifier",
    "Name",
    "Description",
    "Organisational Structure",
    "Primary Activity",
    "Activities",
    "Street Address",
    "Locality",
    "Region",
    "Postcode",
    "Country ID",
    "Website",
    "Phone",
    "Email",
    "License",
]


def essglobal_row(cooperatie):
    domains = [domain.name for domain in cooperatie.domains.all()]
    return [
        absolute_url(cooperatie),
        cooperatie.name,
        cooperatie.summary,
        cooperatie.get_legal_form_display() if cooperatie.legal_form else "",
        domains[0] if domains else "",
        "; ".join(domains),
        "",  # the documents give no street addresses
        cooperatie.place,
        cooperatie.get_province_display() if cooperatie.province and cooperatie.province != Province.LANDELIJK else "",
        "",
        "NL",
        cooperatie.website,
        cooperatie.phone,
        cooperatie.contact_email,
        LICENSE_URL,
    ]


def essglobal_response(queryset):
    """Plain CSV (comma, UTF-8 without BOM) as the standard's tools expect, not the Dutch Excel variant."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cooperaties-essglobal.csv"'
    response["Link"] = f'<{LICENSE_URL}>; rel="license"'
    rows = (essglobal_row(c) for c in queryset.prefetch_related("domains"))
    for line in csv_lines(header=ESSGLOBAL_COLUMNS, rows=rows, delimiter=",", bom=False):
        response.write(line)
    return response
