"""Manifests, their chapters, the kloven (gaps) with their figures, grondrechten and kantelpunten."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import NOT_PERSONAL

from .citation import citation
from .formatting import format_figure, format_number, period_phrase


class ManifestQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(published=True)


class Manifest(models.Model):
    privacy = NOT_PERSONAL

    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("ondertitel"), max_length=200, blank=True)
    slug = models.SlugField(_("korte naam in het adres"), max_length=80, unique=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    summary = models.TextField(_("samenvatting"), blank=True, help_text=_("Witregel tussen alinea's."))
    published = models.BooleanField(_("gepubliceerd"), default=False)

    objects = ManifestQuerySet.as_manager()

    class Meta:
        verbose_name = _("manifest")
        verbose_name_plural = _("manifesten")
        ordering = ["-date", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("manifest:manifest-detail", kwargs={"slug": self.slug})


class Chapter(models.Model):
    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    class Shows(models.TextChoices):
        NOTHING = "", _("alleen de tekst")
        KLOVEN = "kloven", _("de kloven")
        GRONDRECHTEN = "grondrechten", _("de grondrechten")
        KANTELPUNTEN = "kantelpunten", _("de kantelpunten")

    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("manifest")
    )
    order = models.PositiveSmallIntegerField(_("volgorde"))
    number = models.CharField(_("nummer"), max_length=10, blank=True, help_text=_("Bijvoorbeeld I, II of III."))
    title = models.CharField(_("titel"), max_length=200)
    text = models.TextField(
        _("tekst"), blank=True, help_text=_("Witregel tussen alinea's. Een regel die begint met ## is een tussenkop.")
    )
    shows = models.CharField(
        _("toon onder dit hoofdstuk"), max_length=20, choices=Shows.choices, blank=True, default=Shows.NOTHING
    )

    class Meta:
        verbose_name = _("hoofdstuk")
        verbose_name_plural = _("hoofdstukken")
        ordering = ["manifest", "order"]
        constraints = [
            models.UniqueConstraint(fields=["manifest", "order"], name="manifest_chapter_unique_order"),
        ]

    def __str__(self):
        return f"{self.number} {self.title}".strip()


class KloofQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(manifest__published=True)

    def with_key_figure(self):
        """Each kloof with its highlighted figure in ``key_figures`` (a list of 0 or 1), in two queries."""
        return self.prefetch_related(
            Prefetch("figures", queryset=Figure.objects.filter(highlighted=True), to_attr="key_figures")
        )


class Kloof(models.Model):
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


class Series(models.Model):
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


class FigureQuerySet(ContentQuerySet):
    def for_listing(self):
        return self.select_related("kloof", "series").order_by("kloof__order", "kloof_id", "order", "pk")

    def published(self):
        return self.filter(kloof__manifest__published=True)

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


class ManifestPoint(models.Model):
    """A numbered point of a manifest: the sociale grondrechten and the kantelpunten."""

    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    order = models.PositiveSmallIntegerField(_("volgorde"))
    title = models.CharField(_("titel"), max_length=200)
    text = models.TextField(_("tekst"), blank=True)
    search_vector = stored_vector(("title", "A"), ("text", "C"))

    class Meta:
        abstract = True
        ordering = ["manifest", "order"]

    def __str__(self):
        return f"{self.order}. {self.title}"


class Grondrecht(ManifestPoint):
    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="grondrechten", verbose_name=_("manifest")
    )

    class Meta(ManifestPoint.Meta):
        verbose_name = _("sociaal grondrecht")
        verbose_name_plural = _("sociale grondrechten")
        constraints = [models.UniqueConstraint(fields=["manifest", "order"], name="manifest_grondrecht_unique_order")]


class Kantelpunt(ManifestPoint):
    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="kantelpunten", verbose_name=_("manifest")
    )

    class Meta(ManifestPoint.Meta):
        verbose_name = _("kantelpunt")
        verbose_name_plural = _("kantelpunten")
        constraints = [models.UniqueConstraint(fields=["manifest", "order"], name="manifest_kantelpunt_unique_order")]
