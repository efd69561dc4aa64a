"""A filtered, paged list whose results the template keeps (Django's ``{% cache %}``, per set of answers).

The view binds the filters and works out the results (count, page, rows) only when the template's kept parts
that show them are rendered: a page of results asked for again, by anyone, until the list's area changes,
costs no query for them, and no form is made for it. The template reads
``{% cache fragment_seconds name answers versions.<area> %}{% with results=view.results %}…`` and
``results.paginator``, ``results.page_obj``, ``results.object_list``, ``results.is_paginated``.
"""

from django.utils.functional import SimpleLazyObject, cached_property
from django.views.generic.base import ContextMixin

from portal.caching import versions


class RememberedResultsMixin:
    """For a django-filter ``FilterView`` with ``strict = False`` (an invalid filter is skipped, its error shown;
    the list is never emptied for it) and ``allow_empty`` (no results is a page that says so)."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    @cached_property
    def filterset(self):
        # Made only when a part of the page that shows it is rendered: Django copies every field of a form for
        # every form it makes, a fifth of a page whose parts are all kept.
        return self.get_filterset(self.get_filterset_class())

    def get_template_names(self):
        return [self.template_name]

    def get_context_data(self, **kwargs):
        # Not MultipleObjectMixin's: it would paginate here, before the template knows whether it must.
        return ContextMixin.get_context_data(
            self,
            filter=SimpleLazyObject(lambda: self.filterset),
            filter_form=SimpleLazyObject(lambda: self.filterset.form),
            answers=versions.answers(self.request.GET),
            **kwargs,
        )

    @cached_property
    def results(self):
        paginator, page, object_list, is_paginated = self.paginate_queryset(self.filterset.qs, self.paginate_by)
        results = {"paginator": paginator, "page_obj": page, "object_list": object_list, "is_paginated": is_paginated}
        return {**results, **self.more_results(results)}

    def more_results(self, results):
        """What else the kept part shows about this page of results."""
        return {}
