import hashlib

from django.views.generic import TemplateView

from cooperaties.models import Municipality
from portal.caching import versions

from .search import clean_query, search
from .sources import BY_KEY, SOURCES


class SearchView(TemplateView):
    """The results page of the search box in the header: a GET form, so it works without JavaScript."""

    template_name = "zoeken/results.html"

    def get_context_data(self, **kwargs):
        q = clean_query(self.request.GET.get("q", ""))
        kind = self.request.GET.get("soort", "")
        kind = kind if kind in BY_KEY else ""
        user = self.request.user
        if user.is_authenticated:  # members and the secretariat find more, each their own
            groups = search(q, user, kind=kind)
        else:
            # Anonymous visitors only ever find public content: the same answer for each, until content changes.
            # Kept in the worker's store for searches, apart from the hot pages (portal/caching/pages.py).
            key = hashlib.blake2b(f"{q}|{kind}".encode(), digest_size=16).hexdigest()
            groups = versions.kept(f"search:{key}", "all", lambda: search(q, user, kind=kind), store="local_search")
        return super().get_context_data(
            q=q,
            # A place name leads to its municipality's page too (gemeenten).
            municipality=Municipality.objects.find(q) if q else None,
            kind=kind,
            kind_label=BY_KEY[kind].label if kind else "",
            groups=groups,
            count=sum(group.total for group in groups),
            sources=SOURCES,
            **kwargs,
        )
