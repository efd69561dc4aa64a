"""schema.org Dataset for figures and for a kloof's figures, as search engines read them."""

from django.conf import settings
from django.urls import reverse

from portal.links import absolute_url

# The compilation of figures on this site is open data; the sources stay named with every figure.
LICENSE = "https://creativecommons.org/licenses/by/4.0/deed.nl"
LICENSE_NAME = "CC BY 4.0"


def _creator():
    return {"@type": "Organization", "name": settings.ORGANISATION["name"], "url": absolute_url("/")}


def _catalog():
    return {
        "@type": "DataCatalog",
        "name": "Cijfers van de kloven",
        "url": absolute_url(reverse("manifest:kloof-list")),
    }


def _distribution(kloof):
    return [
        {
            "@type": "DataDownload",
            "encodingFormat": encoding,
            "contentUrl": absolute_url(reverse(f"manifest:kloof-{kind}", kwargs={"slug": kloof.slug})),
        }
        for kind, encoding in (("csv", "text/csv"), ("json", "application/json"))
    ]


def _common(kloof):
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "inLanguage": "nl",
        "isAccessibleForFree": True,
        "license": LICENSE,
        "creator": _creator(),
        "spatialCoverage": {"@type": "Place", "name": "Nederland"},
        "includedInDataCatalog": _catalog(),
        "isPartOf": {"@type": "CreativeWork", "name": kloof.manifest.title, "url": absolute_url(kloof.manifest)},
        "distribution": _distribution(kloof),
    }


def _period(period):
    # schema.org wants ISO 8601 intervals: 1977/2011.
    return period.replace("-", "/") if period.replace("-", "").isdigit() else period


def figure_dataset(figure):
    kloof = figure.kloof
    url = absolute_url(figure)
    data = {
        **_common(kloof),
        "@id": url,
        "url": url,
        "name": f"{figure.label} ({figure.period})" if figure.period else figure.label,
        "description": f"{figure.label}: {figure.display}. {kloof.name}, uit het manifest ‘{kloof.manifest.title}’.",
        "citation": figure.source_display,
        "variableMeasured": {
            "@type": "PropertyValue",
            "name": figure.label,
            "value": float(figure.value) if figure.value is not None else None,
            "unitText": figure.unit,
        },
    }
    if figure.period:
        data["temporalCoverage"] = _period(figure.period)
    return data


def kloof_dataset(kloof, figures):
    url = absolute_url(kloof)
    data = {
        **_common(kloof),
        "@id": f"{url}#cijfers",
        "url": url,
        "name": f"Cijfers van de {kloof.name}",
        "description": f"{kloof.public_summary} De cijfers uit het manifest ‘{kloof.manifest.title}’, met hun bronnen.",
        "variableMeasured": [figure.label for figure in figures],
        "hasPart": [{"@type": "Dataset", "name": figure.label, "url": absolute_url(figure)} for figure in figures],
    }
    periods = sorted({figure.period for figure in figures if figure.period})
    if periods:
        data["temporalCoverage"] = ", ".join(_period(period) for period in periods)
    return data
