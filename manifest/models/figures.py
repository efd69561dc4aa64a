"""The figures of a kloof: a number with its unit, period and source, as the manifest quotes it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, FilteredRelation, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import NOT_PERSONAL

from ..citation import citation
from ..formatting import format_figure, format_number, period_phrase
from .kloven import Kloof, Series


class FigureQuerySet(ContentQuerySet):
    def for_listing(self):
        return self.select_related("kloof", "series").order_by("kloof__order", "kloof_id", "order", "pk")

    def published(self):
        return self.filter(kloof__manifest__published=True)

    def with_cbs_now(self):
        """Each figure with its confirmed CBS observation, if any, as ``now_value``, ``now_period``,
        ``now_table`` and ``now_retrieved``: one join in the same query (a figure has at most one confirmed
        observation, a constraint of CbsObservation)."""
        confirmed = FilteredRelation("cbs_link__observations", condition=Q(cbs_link__observations__status="bevestigd"))
        return self.annotate(now=confirmed).annotate(
            now_value=F("now__value"),
            now_period=F("now__period"),
            now_table=F("cbs_link__table_id"),
            now_retrieved=F("now__retrieved_at"),
        )

    def newsletter_candidates(self, search=""):
        return self.published().filter(label__icontains=search).select_related("kloof")


# Units that count people or things (Figure.Unit). A count is never below zero and a share never outside 0 to
# 100 procent, unless the figure is a change (-30 procent, half a million fewer): a mistyped sign or an extra
# digit would otherwise go public.
COUNT_UNITS = ("contracten", "huishoudens", "kinderen", "personen")
CHANGE_HINT = "Gaat het om een toename of afname? Zet dan het vinkje ‘verandering’ aan."
NEGATIVE_COUNT = _("Een aantal kan niet kleiner zijn dan nul. " + CHANGE_HINT)
PERCENTAGE_OUT_OF_RANGE = _("Een percentage ligt tussen 0 en 100. " + CHANGE_HINT)


class Figure(Versioned):
    privacy = NOT_PERSONAL

    class Unit(models.TextChoices):
        NONE = "", _("geen eenheid")
        PROCENT = "procent", _("procent")
        HUISHOUDENS = "huishoudens", _("huishoudens")
        PERSONEN = "personen", _("personen")
        KINDEREN = "kinderen", _("kinderen")
        CONTRACTEN = "contracten", _("contracten")
        JAAR = "jaar", _("jaar")
        KEER = "keer", _("keer zo veel")
        COEFFICIENT = "coëfficiënt", _("coëfficiënt (0 tot 1)")

    class Qualifier(models.TextChoices):
        EXACT = "", _("precies zoals genoemd")
        CIRCA = "circa", _("circa")
        ONGEVEER = "ongeveer", _("ongeveer")
        OM_EN_NABIJ = "om en nabij", _("om en nabij")
        RUIM = "ruim", _("ruim")
        BIJNA = "bijna", _("bijna")
        MEER_DAN = "meer dan", _("meer dan")

    kloof = models.ForeignKey(Kloof, on_delete=models.CASCADE, related_name="figures", verbose_name=_("kloof"))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    label = models.CharField(_("omschrijving"), max_length=200, help_text=_("Kort: waar gaat dit cijfer over?"))
    value = models.DecimalField(_("waarde"), max_digits=14, decimal_places=3, null=True, blank=True)
    decimals = models.PositiveSmallIntegerField(
        _("decimalen"),
        null=True,
        blank=True,
        help_text=_("Hoeveel cijfers na de komma we tonen (0,90 heeft er 2). Leeg: zoveel als nodig."),
    )
    is_change = models.BooleanField(
        _("verandering"),
        default=False,
        help_text=_(
            "Aanzetten als dit cijfer zegt hoeveel iets groter of kleiner werd, zoals −30 procent. "
            "Dan mag het getal onder nul, en een percentage boven 100."
        ),
    )
    qualifier = models.CharField(_("nauwkeurigheid"), max_length=20, choices=Qualifier.choices, blank=True)
    unit = models.CharField(_("eenheid"), max_length=20, choices=Unit.choices, blank=True)
    period = models.CharField(
        _("periode"),
        max_length=50,
        blank=True,
        help_text=_("Een jaar (2016) of een periode (1977-2011). Leeg als de bron geen periode noemt."),
    )
    series = models.ForeignKey(
        Series, on_delete=models.SET_NULL, null=True, blank=True, related_name="figures", verbose_name=_("reeks")
    )
    group = models.CharField(
        _("groep"),
        max_length=100,
        blank=True,
        help_text=_("De groep binnen de reeks, bijvoorbeeld 1977, vrouwen of hoogste 10%."),
    )
    source = models.CharField(_("bron (organisatie of auteur)"), max_length=200)
    publication = models.CharField(_("publicatie"), max_length=300, blank=True)
    quote = models.TextField(
        _("tekst in de bron"), blank=True, help_text=_("De woorden waarin de bron dit cijfer noemt.")
    )
    quote_stale = models.BooleanField(
        _("tekst in de bron controleren"),
        default=False,
        help_text=_(
            "Aangezet als de waarde veranderde. De tekst staat dan niet op de site. Zet dit vinkje uit na controle."
        ),
    )
    note = models.TextField(_("toelichting"), blank=True)
    highlighted = models.BooleanField(
        _("belangrijkste cijfer van de kloof"),
        default=False,
        help_text=_("Dit cijfer staat op de kaart in het overzicht."),
    )
    # The newsletter proposes figures added since its previous edition.
    created = models.DateTimeField(_("toegevoegd op"), default=timezone.now, editable=False)
    search_vector = stored_vector(("label", "A"), ("quote", "B"), ("source", "C"), ("publication", "C"), ("note", "C"))

    objects = FigureQuerySet.as_manager()

    class Meta:
        verbose_name = _("cijfer")
        verbose_name_plural = _("cijfers")
        ordering = ["kloof", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(unit="") | Q(value__isnull=False), name="manifest_figure_unit_needs_value"
            ),
            models.UniqueConstraint(
                fields=["kloof"], condition=Q(highlighted=True), name="manifest_figure_one_highlight_per_kloof"
            ),
            models.UniqueConstraint(fields=["kloof", "label", "period"], name="manifest_figure_unique_label_period"),
            models.CheckConstraint(
                condition=Q(value__gte=0) | ~Q(unit__in=COUNT_UNITS) | Q(is_change=True) | Q(value__isnull=True),
                name="manifest_figure_count_not_negative",
                violation_error_message=NEGATIVE_COUNT,
            ),
            models.CheckConstraint(
                condition=Q(value__gte=0, value__lte=100) | ~Q(unit="procent") | Q(is_change=True),
                name="manifest_figure_percentage_0_to_100",
                violation_error_message=PERCENTAGE_OUT_OF_RANGE,
            ),
        ]

    def __str__(self):
        return f"{self.label} ({self.period})" if self.period else self.label

    def clean(self):
        if self.unit and self.value is None:
            raise ValidationError(
                {"value": _("Vul een getal in. Een cijfer met een eenheid heeft een waarde nodig, bijvoorbeeld 8,2.")}
            )
        if self.series_id and self.kloof_id and self.series.kloof_id != self.kloof_id:
            raise ValidationError({"series": _("Kies een reeks van dezelfde kloof.")})

    def get_absolute_url(self):
        return reverse("manifest:figure-detail", kwargs={"slug": self.kloof.slug, "pk": self.pk})

    def get_anchor_url(self):
        return f"{self.kloof.get_absolute_url()}#cijfer-{self.pk}"

    @property
    def newsletter_text(self):
        # A figure is its number and its source; the label is already the title.
        return ". ".join(str(part) for part in (self.display, self.source_display) if part)

    @property
    def value_display(self):
        return format_number(self.value, self.decimals)

    @property
    def display(self):
        """The figure as people say it: 'circa 0,90', '590.000 huishoudens', '8,2 keer'."""
        return format_figure(self.value, self.unit, decimals=self.decimals, qualifier=self.qualifier)

    @property
    def now_display(self):
        """The confirmed CBS value in this figure's unit, or '' (also when not asked for: ``with_cbs_now``)."""
        value = getattr(self, "now_value", None)
        return format_figure(value, self.unit, decimals=self.decimals) if value is not None else ""

    @property
    def public_quote(self):
        return "" if self.quote_stale else self.quote

    @property
    def citation(self):
        return citation(self)

    @property
    def period_phrase(self):
        return period_phrase([self.period])

    @property
    def source_display(self):
        return f"{self.source}, {self.publication}" if self.publication else self.source
