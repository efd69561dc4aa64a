"""The kloven (gaps) of a manifest, and the series that draw some of their figures together in one chart."""

from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import NOT_PERSONAL

from .manifests import Manifest


class KloofQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(manifest__published=True)

    def with_key_figure(self):
        """Each kloof with its highlighted figure in ``key_figures`` (a list of 0 or 1), in two queries."""
        # Through the relation: the figures' module imports this one (a figure belongs to a kloof).
        figure = self.model._meta.get_field("figures").related_model
        return self.prefetch_related(
            Prefetch("figures", queryset=figure.objects.filter(highlighted=True), to_attr="key_figures")
        )


class Kloof(Versioned):
    privacy = NOT_PERSONAL

    manifest = models.ForeignKey(Manifest, on_delete=models.CASCADE, related_name="kloven", verbose_name=_("manifest"))
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("korte naam in het adres"), max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(_("volgorde"))
    summary = models.TextField(_("korte samenvatting"), help_text=_("In eenvoudig Nederlands, twee of drie zinnen."))
    text = models.TextField(_("volledige tekst"), help_text=_("De tekst uit het manifest. Witregel tussen alinea's."))
    note = models.TextField(_("voetnoot"), blank=True)
    summary_stale = models.BooleanField(
        _("samenvatting controleren"),
        default=False,
        help_text=_(
            "Aangezet als een cijfer uit de samenvatting veranderde. De samenvatting staat dan niet op de site. "
            "Pas de tekst aan en zet dit vinkje uit."
        ),
    )
    text_stale = models.BooleanField(
        _("volledige tekst controleren"),
        default=False,
        help_text=_(
            "Aangezet als een cijfer uit de tekst veranderde. De tekst staat dan niet op de site. "
            "Controleer de tekst en zet dit vinkje uit."
        ),
    )
    # For the site search (zoeken/sources.py). The manifest's lists are short: no index, a scan is faster.
    search_vector = stored_vector(("name", "A"), ("summary", "B"), ("text", "C"), ("note", "C"))

    objects = KloofQuerySet.as_manager()

    class Meta:
        verbose_name = _("kloof")
        verbose_name_plural = _("kloven")
        ordering = ["manifest", "order"]
        constraints = [
            models.UniqueConstraint(fields=["manifest", "order"], name="manifest_kloof_unique_order"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("manifest:kloof-detail", kwargs={"slug": self.slug})

    # Texts that state a number which has since changed are not shown until the secretariat has read them again.
    @property
    def public_summary(self):
        return "" if self.summary_stale else self.summary

    @property
    def public_text(self):
        return "" if self.text_stale else self.text


class Series(Versioned):
    """Figures drawn together in one chart, such as 1977 against 2011, or women against men."""

    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    kloof = models.ForeignKey(Kloof, on_delete=models.CASCADE, related_name="series", verbose_name=_("kloof"))
    title = models.CharField(_("titel van de grafiek"), max_length=200)
    message = models.TextField(
        _("boodschap"),
        help_text=_("Wat laat de grafiek zien? In één of twee zinnen. Dit lezen mensen die de grafiek niet zien."),
    )
    message_stale = models.BooleanField(
        _("boodschap controleren"),
        default=False,
        help_text=_(
            "Aangezet als een cijfer van deze grafiek veranderde. De boodschap staat dan niet op de site. "
            "Pas de tekst aan en zet dit vinkje uit."
        ),
    )

    class Meta:
        verbose_name = _("reeks")
        verbose_name_plural = _("reeksen")
        ordering = ["kloof", "title"]
        constraints = [models.UniqueConstraint(fields=["kloof", "title"], name="manifest_series_unique_title")]

    def __str__(self):
        return self.title

    @property
    def public_message(self):
        return "" if self.message_stale else self.message
