from functools import cached_property

from django.views.generic import TemplateView

from cooperaties.models import Municipality

from .search import clean_query, search
from .sources import BY_KEY, SOURCES


class SearchView(TemplateView):
    """The results page of the search box in the header: a GET form, so it works without JavaScript.

    The results are asked only when the template renders them: for anonymous visitors they are the same
    for each, so the template keeps them, rendered, per search text until content changes ({% cache %} in the
    worker's store for searches, apart from the hot pages: every distinct text is an entry of its own)."""

    template_name = "zoeken/results.html"

    @cached_property
    def groups(self):
        return search(self.q, self.request.user, kind=self.kind)

    def count(self):
        return sum(group.total for group in self.groups)

    def municipality(self):
        """A place name leads to its municipality's page too (gemeenten)."""
        return Municipality.objects.find(self.q) if self.q else None

    def get_context_data(self, **kwargs):
        self.q = clean_query(self.request.GET.get("q", ""))
        kind = self.request.GET.get("soort", "")
        self.kind = kind if kind in BY_KEY else ""
        return super().get_context_data(
            q=self.q,
            kind=self.kind,
            kind_label=BY_KEY[self.kind].label if self.kind else "",
            # Members and the secretariat find more, each their own: never kept.
            keep_results=not self.request.user.is_authenticated,
            sources=SOURCES,
            **kwargs,
        )
