"""The GET filter forms of the network and document pages. Unknown values give a form error."""

import django_filters
from django.utils.translation import gettext_lazy as _

from alliantie.models import Document, Organisation
from portal.caching import versions


class NetworkFilter(django_filters.FilterSet):
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=Organisation.Sector.choices, empty_label=_("Alle sectoren")
    )

    class Meta:
        model = Organisation
        fields = ["sector"]


class DocumentFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=Document.Kind.choices, empty_label=_("Alle soorten"))
    year = django_filters.ChoiceFilter(label=_("Jaar"), choices=[], empty_label=_("Alle jaren"))

    class Meta:
        model = Document
        fields = ["kind", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only years that have documents: every choice gives a result.
        years = versions.kept("document-years", ("netwerk",), lambda: list(Document.objects.years()))
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
