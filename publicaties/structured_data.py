"""schema.org Article for a publication page."""

import re

from portal.links import absolute_url

KIND_TYPES = {"recensie": "Review", "verslag": "Report"}


def author_names(authors):
    """'Nicole Estejé en Raf Janssen' → two names; 'Hub Crijns, directeur van …' → the name only."""
    names = re.split(r",\s*|\s+en\s+", authors or "")
    return [name for name in names if name and name[:1].isupper() and not name.lower().startswith("directeur")]


def article(publication):
    data = {
        "@context": "https://schema.org",
        "@type": KIND_TYPES.get(publication.kind, "Article"),
        "headline": publication.title,
        "url": absolute_url(publication),
        "inLanguage": "nl",
        "publisher": {"@type": "Organization", "name": "Sociale Alliantie"},
    }
    if publication.subtitle:
        data["alternativeHeadline"] = publication.subtitle
    if publication.summary:
        data["description"] = publication.summary
    if names := author_names(publication.authors):
        data["author"] = [{"@type": "Person", "name": name} for name in names]
    if publication.date:
        data["datePublished"] = publication.date.isoformat()
    elif publication.year:
        data["datePublished"] = str(publication.year)
    return data
