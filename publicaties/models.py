"""Publications: articles, reports, reviews and background documents, with what they are about."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cooperaties.search import SEARCH_CONFIG, ImmutableUnaccent
from portal.caching.versions import ContentQuerySet
from portal.dated import YearFromDate
from portal.privacy import NOT_PERSONAL


class PublicationQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=Publication.Status.GEPUBLICEERD)

    def in_archive_order(self):
        return self.order_by(F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "title")

    def about(self, obj):
        """Publications linked to a kloof, grondrecht, coöperatie or event."""
        field = {
            "manifest.kloof": "kloven",
            "manifest.grondrecht": "grondrechten",
            "cooperaties.cooperatie": "cooperaties",
            "agenda.event": "events",
        }[obj._meta.label_lower]
        return self.filter(**{field: obj})

    def years(self):
        return self.exclude(year__isnull=True).order_by("-year").values_list("year", flat=True).distinct()

    def newsletter_candidates(self, search=""):
        return self.published().filter(title__unaccent__icontains=search)


class Publication(YearFromDate, models.Model):
    privacy = NOT_PERSONAL

    class Kind(models.TextChoices):
        ARTIKEL = "artikel", _("Artikel")
        VERSLAG = "verslag", _("Verslag")
        RECENSIE = "recensie", _("Recensie")
        ACHTERGROND = "achtergrond", _("Achtergronddocument")

    class Status(models.TextChoices):
        CONCEPT = "concept", _("Concept")
        GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")

    title = models.CharField(_("titel"), max_length=250)
    subtitle = models.CharField(_("ondertitel"), max_length=300, blank=True)
    slug = models.SlugField(_("korte naam in het webadres"), max_length=120, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    authors = models.CharField(
        _("auteur(s)"),
        max_length=300,
        blank=True,
        help_text=_("Zoals de bron ze noemt. Leeg als de bron het niet zegt."),
    )
    # The source often gives only a month ("oktober 2017"): then the date stays empty and the
    # text says what the source says, so nothing is invented.
    date = models.DateField(_("datum"), null=True, blank=True)
    date_text = models.CharField(
        _("datum zoals de bron die geeft"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld ‘oktober 2017’, als de bron geen dag noemt."),
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"), null=True, blank=True, help_text=_("Wordt ingevuld uit de datum als die bekend is.")
    )
    summary = models.TextField(_("korte samenvatting"), blank=True, help_text=_("In eenvoudig Nederlands (B1)."))
    body = models.TextField(
        _("tekst"),
        help_text=_("In Markdown: een witregel tussen alinea's, ## voor een tussenkop, * voor een opsomming."),
    )
    source_note = models.CharField(
        _("herkomst"), max_length=300, blank=True, help_text=_("Waar de tekst eerder verscheen.")
    )
    kloven = models.ManyToManyField("manifest.Kloof", blank=True, related_name="publications", verbose_name=_("kloven"))
    grondrechten = models.ManyToManyField(
        "manifest.Grondrecht", blank=True, related_name="publications", verbose_name=_("sociale grondrechten")
    )
    cooperaties = models.ManyToManyField(
        "cooperaties.Cooperatie", blank=True, related_name="publications", verbose_name=_("coöperaties")
    )
    events = models.ManyToManyField(
        "agenda.Event", blank=True, related_name="publications", verbose_name=_("activiteiten")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT)
    # The newsletter proposes what was added since its previous edition.
    created = models.DateTimeField(_("toegevoegd op"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    # Kept by PostgreSQL itself, like the coöperaties' search columns (cooperaties/search.py).
    search_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("subtitle", weight="A", config=SEARCH_CONFIG)
        + SearchVector("authors", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    search_name = models.GeneratedField(
        expression=ImmutableUnaccent(
            models.functions.Lower(models.functions.Concat("title", models.Value(" "), "authors"))
        ),
        output_field=models.TextField(),
        db_persist=True,
    )

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = [F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "title"]
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")
        indexes = [
            GinIndex(fields=["search_vector"], name="publication_search_gin", fastupdate=False),
            GinIndex(OpClass("search_name", name="gin_trgm_ops"), name="publication_name_trgm", fastupdate=False),
            models.Index(fields=["status", "year"], name="publication_status_year"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(date__isnull=True) | Q(year=models.functions.ExtractYear("date")),
                name="publication_year_matches_date",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["concept", "gepubliceerd"]), name="publication_status_valid"
            ),
            models.CheckConstraint(condition=~Q(title=""), name="publication_title_not_empty"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("publicaties:publication-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.status == self.Status.GEPUBLICEERD

    @property
    def when_display(self):
        """The date as the source gives it: a day, a month in words, or only a year."""
        if self.date:
            return date_format(self.date, "j F Y")
        return self.date_text or (str(self.year) if self.year else "")

    @property
    def newsletter_text(self):
        return self.summary
