"""The network's history and publications: chair terms and documents."""

import uuid
from pathlib import Path

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from alliantie.models.people import Membership, Organisation
from alliantie.storage import document_storage
from alliantie.validators import validate_document_file
from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.dated import YearFromDate
from portal.privacy import NOT_PERSONAL, Personal


class ChairTermQuerySet(ContentQuerySet):
    def in_order(self):
        """The current chair (no end yet) first, then former chairs, latest first."""
        return self.select_related("organisation").order_by(
            F("end_year").desc(nulls_first=True), Coalesce("start_year", "end_year").desc(nulls_last=True), "-pk"
        )


class ChairTerm(models.Model):
    """One period as chair of the Sociale Alliantie (the chair rotates).

    The sources give start and end only roughly ("begin 2018"), so a year and an optional
    text are stored instead of a date with an invented day.
    """

    privacy = Personal(
        fields={"person_name": _("de naam van wie voorzitter was of is")},
        purpose=_("De geschiedenis van de Alliantie: wie haar voorzat, namens welke organisatie."),
        seen_by=_("Iedereen: het staat op de pagina Over ons."),
        retention="public_role",
    )

    person_name = models.CharField(_("naam"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="chair_terms",
        verbose_name=_("organisatie"),
    )
    role = models.CharField(_("functie bij de organisatie"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(_("beginjaar"), null=True, blank=True)
    start_text = models.CharField(
        _("begin (tekst)"), max_length=100, blank=True, help_text=_("Bijvoorbeeld ‘begin 2018’.")
    )
    end_year = models.PositiveSmallIntegerField(_("eindjaar"), null=True, blank=True)
    end_text = models.CharField(_("einde (tekst)"), max_length=100, blank=True)
    note = models.CharField(_("toelichting"), max_length=200, blank=True, help_text=_("Bijvoorbeeld ‘voor twee jaar’."))

    objects = ChairTermQuerySet.as_manager()

    class Meta:
        verbose_name = _("voorzitterschap")
        verbose_name_plural = _("voorzitterschappen")
        constraints = [
            models.UniqueConstraint(fields=["person_name", "organisation"], name="one_chair_term_per_person"),
            models.CheckConstraint(
                condition=Q(start_year__isnull=True) | Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="chair_term_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.person_name

    @property
    def is_current(self):
        return self.end_year is None and not self.end_text

    @property
    def start_display(self):
        return self.start_text or (str(self.start_year) if self.start_year else "")

    @property
    def end_display(self):
        return self.end_text or (str(self.end_year) if self.end_year else "")


def document_upload_to(instance, filename):
    """A random name: the uploader's file name says nothing about who may read it."""
    extension = Path(filename).suffix.lower()
    return f"documenten/{uuid.uuid4().hex}{extension}"


class DocumentQuerySet(ContentQuerySet):
    def in_order(self):
        return self.order_by(F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "title")

    def public(self):
        return self.filter(access=Document.Access.OPENBAAR)

    def newsletter_candidates(self, search=""):
        return self.public().filter(title__icontains=search)

    def readable_by(self, user):
        """What ``user`` may read: as ``Document.can_be_read_by``, for a whole list in one query."""
        if getattr(user, "is_authenticated", False) and (
            user.has_perm("alliantie.view_document") or Membership.objects.approved_for(user) is not None
        ):
            return self
        return self.public()

    def years(self):
        return self.exclude(year__isnull=True).order_by("-year").values_list("year", flat=True).distinct()


class Document(YearFromDate, models.Model):
    """A publication of the network: a letter, a plan, a report. The file is optional."""

    privacy = NOT_PERSONAL

    class Kind(models.TextChoices):
        BRIEF_KAMER = "brief-kamer", _("Brief aan de Kamer")
        VERBETERVOORSTELLEN = "verbetervoorstellen", _("Verbetervoorstellen")
        PROJECTPLAN = "projectplan", _("Projectplan")
        VERSLAG = "verslag", _("Verslag")
        VOORSTELLENBRIEF = "voorstellenbrief", _("Voorstellenbrief")
        REACTIE = "reactie", _("Reactie")
        WERKPROGRAMMA = "werkprogramma", _("Werkprogramma")
        MANIFEST = "manifest", _("Manifest")
        OVERIG = "overig", _("Overig")

    class Access(models.TextChoices):
        OPENBAAR = "openbaar", _("Openbaar")
        LEDEN = "leden", _("Alleen voor leden")

    title = models.CharField(_("titel"), max_length=250)
    slug = models.SlugField(_("korte naam in het webadres"), max_length=120, unique=True)
    kind = models.CharField(_("soort"), max_length=30, choices=Kind.choices)
    # Many sources give only a year or a season: the date stays empty rather than invented.
    date = models.DateField(_("datum"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("jaar"), null=True, blank=True, help_text=_("Wordt ingevuld uit de datum als die bekend is.")
    )
    period_text = models.CharField(
        _("periode (tekst)"), max_length=100, blank=True, help_text=_("Bijvoorbeeld ‘Najaarsactie 2016’.")
    )
    summary = models.TextField(_("samenvatting"), blank=True)
    file = models.FileField(
        _("bestand"),
        upload_to=document_upload_to,
        storage=document_storage,
        blank=True,
        validators=[validate_document_file],
        help_text=_("PDF, Word (.docx) of OpenDocument (.odt), hoogstens 10 MB."),
    )
    access = models.CharField(_("wie mag het lezen"), max_length=10, choices=Access.choices, default=Access.OPENBAAR)
    created = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)
    # For the site search (zoeken/sources.py).
    search_vector = stored_vector(("title", "A"), ("period_text", "B"), ("summary", "C"))

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = [F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        constraints = [
            models.CheckConstraint(
                condition=Q(date__isnull=True) | Q(year=ExtractYear("date")),
                name="document_year_matches_date",
            ),
            models.CheckConstraint(condition=Q(access__in=["openbaar", "leden"]), name="document_access_valid"),
        ]
        indexes = [
            models.Index(fields=["kind", "year"], name="document_kind_year"),
            GinIndex(fields=["search_vector"], name="document_search_gin", fastupdate=False),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("alliantie:document-detail", kwargs={"slug": self.slug})

    def get_download_url(self):
        return reverse("alliantie:document-download", kwargs={"slug": self.slug})

    @property
    def members_only(self):
        return self.access == self.Access.LEDEN

    def can_be_read_by(self, user):
        """Public files for everyone; members-only files for approved members and the secretariat."""
        if not self.members_only:
            return True
        if not getattr(user, "is_authenticated", False):
            return False
        if user.has_perm("alliantie.view_document"):
            return True
        return Membership.objects.approved_for(user) is not None

    @property
    def file_extension(self):
        return Path(self.file.name).suffix.lstrip(".").upper() if self.file else ""

    @property
    def when_display(self):
        """The date if known, otherwise the period text or the year."""
        if self.date:
            return date_format(self.date, "j F Y")
        return self.period_text or (str(self.year) if self.year else "")
