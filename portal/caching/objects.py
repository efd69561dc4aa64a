"""The row a detail page shows, kept for anonymous visitors until what the page shows changes.

A page rendered from its kept parts ({% cache %}) still read its row on every request, and that one query
was half the request: Django spent longer building it than PostgreSQL running it. Anonymous visitors all see
the same row, so it is kept like a part of a page: in the worker's fragment store, under the versions of the
content areas the page shows (its ``public_page()`` rule; else its app's area, the URL namespace being the
app's label). A row may carry rows of other areas (a publication its events and coöperaties): those areas are
the page's too. Members and the secretariat may see more (drafts, events for members): their row is always
read. A page that does not exist (404) is never kept.
"""

from portal.caching import pages, versions


def kept_object(request, kwargs, read):
    """``read()``, or the row it gave another anonymous visitor since the page's areas last changed."""
    if request.user.is_authenticated or request.method not in ("GET", "HEAD"):
        return read()
    match = request.resolver_match
    rule = pages.rule(request.path_info)
    areas = rule[1] if rule else (versions.AREAS[match.namespace],)
    address = "&".join(f"{name}={value}" for name, value in sorted(kwargs.items()))
    return versions.kept(f"object:{match.view_name}?{address}", areas, read)


class KeptObjectMixin:
    """For a ``DetailView`` of a public page."""

    def get_object(self, queryset=None):
        if queryset is not None:
            return super().get_object(queryset)
        return kept_object(self.request, self.kwargs, super().get_object)
