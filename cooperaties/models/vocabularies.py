"""The lists a coöperatie is described with: provinces and legal forms (fixed), domains and themes (kept by the
secretariat in the admin)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL


class Province(models.TextChoices):
    DRENTHE = "drenthe", _("Drenthe")
    FLEVOLAND = "flevoland", _("Flevoland")
    FRIESLAND = "friesland", _("Friesland")
    GELDERLAND = "gelderland", _("Gelderland")
    GRONINGEN = "groningen", _("Groningen")
    LIMBURG = "limburg", _("Limburg")
    NOORD_BRABANT = "noord-brabant", _("Noord-Brabant")
    NOORD_HOLLAND = "noord-holland", _("Noord-Holland")
    OVERIJSSEL = "overijssel", _("Overijssel")
    UTRECHT = "utrecht", _("Utrecht")
    ZEELAND = "zeeland", _("Zeeland")
    ZUID_HOLLAND = "zuid-holland", _("Zuid-Holland")
    # National coöperaties belong in every province's list, under this label.
    LANDELIJK = "landelijk", _("Landelijk actief")


class LegalForm(models.TextChoices):
    # The private-law forms the basisdocument (seed 003) lists, plus collectives without one.
    STICHTING = "stichting", _("Stichting")
    VERENIGING = "vereniging", _("Vereniging")
    COOPERATIE = "cooperatie", _("Coöperatie")
    BV = "bv", _("BV")
    NV = "nv", _("NV")
    INFORMEEL = "informeel", _("Informeel / geen rechtsvorm")


class Vocabulary(models.Model):
    """A short, ordered list of terms the secretariat keeps in the admin."""

    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    slug = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("naam"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Domain(Vocabulary):
    """A domain of bestaanszekerheid (werk, inkomen, wonen, ...)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")


class Theme(Vocabulary):
    """A theme of the basisdocument on which coöperaties exchange experience."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
