import re

import django_filters
from django import forms
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.caching import versions

from .models import Cooperatie, Domain, LegalForm, Municipality, Province, Theme
from .search import normalise

PROVINCE_NAMES = {normalise(str(label)): value for value, label in Province.choices if value != Province.LANDELIJK}
PROVINCE_NAMES["fryslan"] = Province.FRIESLAND
POSTCODE = re.compile(r"^[1-9][0-9]{3}\s?([a-zA-Z]{2})?$")
OPEN_CHOICES = [("ja", _("Ja")), ("nee", _("Nee"))]


def _vocabularies():
    return list(Domain.objects.values_list("slug", "name")), list(Theme.objects.values_list("slug", "name"))


class CooperatieFilter(django_filters.FilterSet):
    """The public filters. A value that does not exist gives a field error and is left out."""

    q = django_filters.CharFilter(
        label=_("Zoek op naam, plaats of tekst"),
        method="filter_search",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    province = django_filters.ChoiceFilter(
        label=_("Provincie"), choices=Province.choices, empty_label=_("Alle"), method="filter_province"
    )
    domain = django_filters.ChoiceFilter(
        label=_("Domein"), field_name="domains__slug", choices=[], empty_label=_("Alle")
    )
    theme = django_filters.ChoiceFilter(label=_("Thema"), field_name="themes__slug", choices=[], empty_label=_("Alle"))
    legal_form = django_filters.ChoiceFilter(label=_("Rechtsvorm"), choices=LegalForm.choices, empty_label=_("Alle"))
    open = django_filters.ChoiceFilter(
        label=_("Staat open voor nieuwe leden"),
        choices=OPEN_CHOICES,
        empty_label=_("Maakt niet uit"),
        method="filter_open",
    )

    class Meta:
        model = Cooperatie
        fields = ["q", "province", "domain", "theme", "legal_form", "open"]

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Used both to validate the value and to draw the list of options; kept until the directory changes.
        domains, themes = versions.kept("cooperatie-filter-choices", ("cooperaties",), _vocabularies)
        self.filters["domain"].extra["choices"] = list(domains)  # a copy: the kept list is shared
        self.filters["theme"].extra["choices"] = list(themes)

    # Set when the search is a municipality or a province: the page then says what it shows. A postcode or a
    # typo gets an explanation or a suggestion instead ("Bedoelt u Roermond?").
    municipality = None
    searched_province = None
    postcode = ""
    # Plain words are searched after the other filters: the search ranks a bounded set of candidates, which
    # must be drawn from what the other filters leave, not from the whole directory.
    words = ""

    def filter_search(self, queryset, name, value):
        # Someone typing where they live wants what is near, not only what mentions the name.
        self.municipality = Municipality.objects.find(value)
        if self.municipality:
            return queryset.near(self.municipality)
        province = PROVINCE_NAMES.get(normalise(value))
        if province:
            self.searched_province = Province(province)
            return queryset.in_province(province)
        if POSTCODE.match(value.strip()):
            # The portal has no official table from postcode to municipality: it says so, and asks for the place.
            self.postcode = value.strip()
            return queryset.none()
        self.words = value
        return queryset

    @cached_property
    def suggestion(self):
        """For a search that found nothing: the municipality it looks like (a typo). Asked only then."""
        return Municipality.objects.closest(self.words) if self.words and " " not in self.words.strip() else None

    def filter_province(self, queryset, name, value):
        # National coöperaties work in every province, so they are in every province's list.
        if "proximity" in queryset.query.annotations:
            return queryset.filter(Q(province=value) | Q(province=Province.LANDELIJK))
        return queryset.in_province(value)

    def filter_open(self, queryset, name, value):
        return queryset.filter(open_to_members=(value == "ja"))

    @property
    def qs(self):
        # django-filter empties the whole list when one value is invalid; here only the
        # invalid filters are skipped (the form still shows their error).
        if not hasattr(self, "_qs"):
            self.form.is_valid()
            queryset = self.queryset.all()
            for name, value in getattr(self.form, "cleaned_data", {}).items():
                queryset = self.filters[name].filter(queryset, value)
            self._qs = queryset.search(self.words) if self.words else queryset
        return self._qs

    @property
    def is_filtered(self):
        return any(value for key, value in (self.data or {}).items() if key in self.filters)
