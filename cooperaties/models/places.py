"""The municipalities of CBS's municipal division, which tell in which province a place lies."""

import difflib

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cooperaties.search import normalise
from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL

from .vocabularies import Province

# Common names and spellings that are not CBS's official one ('s-Gravenhage is Den Haag to most people). The
# keys are as normalise() leaves what people type: lower case, without accents.
ALIASES = {
    "den haag": "'s-gravenhage",
    "s-gravenhage": "'s-gravenhage",
    "s gravenhage": "'s-gravenhage",
    "'s gravenhage": "'s-gravenhage",
    "den bosch": "'s-hertogenbosch",
    "s-hertogenbosch": "'s-hertogenbosch",
    "s hertogenbosch": "'s-hertogenbosch",
    "'s hertogenbosch": "'s-hertogenbosch",
    "hertogenbosch": "'s-hertogenbosch",
    "bosch": "'s-hertogenbosch",
}


class MunicipalityQuerySet(ContentQuerySet):
    def closest(self, text):
        """The municipality whose name looks most like ``text`` (a typo: "Rurmond"), or None."""
        key = normalise(text or "")
        if len(key) < 4:
            return None
        names = dict(self.values_list("search_name", "pk"))
        match = difflib.get_close_matches(key, names, n=1, cutoff=0.8)
        return self.get(pk=names[match[0]]) if match else None

    def find(self, text):
        """The one municipality called ``text`` (accents, case and CBS's "(L.)" ignored), or None."""
        key = normalise(text or "")
        key = ALIASES.get(key, key)
        if not key:
            return None
        found = list(self.filter(models.Q(search_name=key) | models.Q(official_search_name=key))[:2])
        # "Bergen" is two municipalities: then the visitor has to say which ("Bergen (L.)").
        exact = [m for m in found if m.official_search_name == key]
        if len(exact) == 1:
            return exact[0]
        return found[0] if len(found) == 1 else None


class Municipality(models.Model):
    """A Dutch municipality of CBS's municipal division (loaded by ``manage.py load_gemeenten``)."""

    privacy = NOT_PERSONAL

    code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    plain_name = models.CharField(_("naam zonder toevoeging"), max_length=100)
    province = models.CharField(_("provincie"), max_length=20)
    year = models.PositiveSmallIntegerField(_("indeling van het jaar"))
    # Its page's address: /gemeenten/roermond/, /gemeenten/s-hertogenbosch/, /gemeenten/bergen-l/.
    slug = models.SlugField(_("adres van de pagina"), max_length=100, unique=True)
    # Lower case without accents: what a visitor's search is compared with.
    search_name = models.CharField(max_length=100, db_index=True)
    official_search_name = models.CharField(max_length=100, db_index=True)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("gemeenten:detail", kwargs={"slug": self.slug})

    def get_province_display(self):
        return Province(self.province).label
