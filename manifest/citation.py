"""A ready-made reference to a figure, for people who quote it in a letter, a report or a newspaper."""

from portal.links import absolute_url


def citation(figure):
    """'Sociale Alliantie, Voor meer kwaliteit van leven (2018). Label: 8,2 keer (2011). Bron: … . <link>'"""
    manifest = figure.kloof.manifest
    publication = f"Sociale Alliantie, {manifest.title}"
    if manifest.date:
        publication += f" ({manifest.date.year})"
    stated = f"{figure.label}: {figure.display}"
    if figure.period:
        stated += f" ({figure.period})"
    return f"{publication}. {stated}. Bron: {figure.source_display}. {absolute_url(figure)}"
