from django.views.generic import TemplateView

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
        # Members and the secretariat find more, each their own; an anonymous visitor's results page is kept
        # whole by the page cache (in the shared store only: every distinct text would churn a worker's own).
        groups = search(q, user, kind=kind)
        return super().get_context_data(
            q=q,
            kind=kind,
            kind_label=BY_KEY[kind].label if kind else "",
            groups=groups,
            count=sum(group.total for group in groups),
            sources=SOURCES,
            **kwargs,
        )
