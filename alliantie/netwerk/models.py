import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce, ExtractYear
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from alliantie.privacy import NOT_PERSONAL, Personal
from alliantie.validators import validate_web_url

from .storage import document_storage
from .validators import validate_document_file


class User(AbstractUser):
    """The portal's account. Login is by e-mail address (allauth)."""

    privacy = Personal(
        fields={
            "username": _("een gebruikersnaam die de portal zelf maakt"),
            "first_name": _("uw voornaam"),
            "last_name": _("uw achternaam"),
            "email": _("uw e-mailadres, om in te loggen en u te mailen"),
            "last_login": _("wanneer u het laatst inlogde"),
            "date_joined": _("wanneer u het account maakte"),
        },
        purpose=_("Zodat u kunt inloggen, u kunt aanmelden voor bijeenkomsten en documenten voor leden kunt lezen."),
        seen_by=_("U zelf en het secretariaat."),
        retention="account",
        owner="pk",
    )

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")


class OrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def by_level(self):
        """National first, local last, unknown level at the end; by name within a level."""
        order = Case(
            *[When(level=value, then=Value(i)) for i, value in enumerate(Organisation.Level.values)],
            default=Value(len(Organisation.Level.values)),
        )
        return self.alias(level_order=order).order_by("level_order", "name")


class Organisation(models.Model):
    privacy = NOT_PERSONAL

    class Level(models.TextChoices):
        LANDELIJK = "landelijk", _("Landelijk")
        PROVINCIAAL = "provinciaal", _("Provinciaal")
        GROOTSTEDELIJK = "grootstedelijk", _("Grootstedelijk")
        REGIONAAL = "regionaal", _("Regionaal")
        LOKAAL = "lokaal", _("Lokaal")

    class Sector(models.TextChoices):
        VAKBEWEGING = "vakbeweging", _("Vakbeweging")
        KERKEN = "kerken", _("Kerken en levensbeschouwing")
        HUMANISTEN = "humanisten", _("Humanisten")
        UITKERINGSGERECHTIGDEN = "uitkeringsgerechtigden", _("Uitkeringsgerechtigden en cliëntenraden")
        FONDSEN = "fondsen", _("Fondsen")
        OVERIG = "overig", _("Overig")

    name = models.CharField(_("naam"), max_length=200, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=50, blank=True)
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices, blank=True)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices, blank=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True, validators=[validate_web_url])
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    member_since = models.DateField(_("lid sinds"), null=True, blank=True)
    active = models.BooleanField(_("actief"), default=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("lid-organisatie")
        verbose_name_plural = _("lid-organisaties")

    def __str__(self):
        return self.name

    @staticmethod
    def group_by_level(organisations):
        """[(level label, [organisations])] in the order given (use ``by_level()``)."""
        groups = []
        for organisation in organisations:
            label = organisation.get_level_display() if organisation.level else _("Overige organisaties")
            if not groups or groups[-1][0] != label:
                groups.append((label, []))
            groups[-1][1].append(organisation)
        return groups


class MembershipQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Membership.Status.GOEDGEKEURD)

    def pending(self):
        return self.filter(status=Membership.Status.AANGEVRAAGD)

    def current(self):
        return self.exclude(status=Membership.Status.BEEINDIGD)

    def is_contact_person(self, user, organisation):
        """Whether ``user`` is the approved contact person of ``organisation``."""
        if organisation is None or not getattr(user, "is_authenticated", False):
            return False
        return (
            self.approved().filter(user=user, organisation=organisation, role=Membership.Role.CONTACTPERSOON).exists()
        )

    def contact_person_of(self, user):
        """The organisation ``user`` is the approved contact person of, or None."""
        if not getattr(user, "is_authenticated", False):
            return None
        membership = (
            self.approved().filter(user=user, role=Membership.Role.CONTACTPERSOON).select_related("organisation")
        ).first()
        return membership.organisation if membership else None

    def current_for(self, user):
        """The approved or still pending membership of ``user``, or None."""
        return self.current().filter(user=user).select_related("organisation").first()

    def approved_for(self, user):
        """The approved membership of ``user``, or None (anonymous users have none).

        Remembered on the user object: one request asks this up to three times (page, visibility,
        service), and the request's user object lives only as long as the request.
        """
        if not getattr(user, "is_authenticated", False):
            return None
        if "_approved_membership" not in user.__dict__:
            user.__dict__["_approved_membership"] = (
                self.approved().filter(user=user).select_related("organisation").first()
            )
        return user.__dict__["_approved_membership"]


class Membership(models.Model):
    """Links an account to one member organisation, once the secretariat approves."""

    privacy = Personal(
        fields={
            "user": _("welk account bij welke organisatie hoort"),
            "status": _("of de koppeling is aangevraagd, goedgekeurd of beëindigd"),
            "role": _("uw rol: lid of contactpersoon"),
            "function": _("wat u doet in uw organisatie"),
            "note": _("wat u bij uw aanvraag schreef"),
            "created": _("wanneer u de koppeling aanvroeg"),
        },
        purpose=_("Alleen leden van aangesloten organisaties kunnen zich aanmelden en documenten voor leden lezen."),
        seen_by=_("U zelf en het secretariaat."),
        retention="membership",
        owner="user",
    )

    class Status(models.TextChoices):
        AANGEVRAAGD = "aangevraagd", _("Aangevraagd")
        GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
        BEEINDIGD = "beeindigd", _("Beëindigd")

    class Role(models.TextChoices):
        LID = "lid", _("Lid")
        CONTACTPERSOON = "contactpersoon", _("Contactpersoon")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("account")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("organisatie")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.AANGEVRAAGD)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.LID)
    function = models.CharField(
        _("functie in de organisatie"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: lid, vrijwilliger.")
    )
    note = models.TextField(_("toelichting"), blank=True)
    created = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            # One account belongs to one organisation at a time.
            models.UniqueConstraint(
                fields=["user"], condition=~Q(status="beeindigd"), name="one_current_membership_per_user"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_status_display()})"

    @property
    def is_approved(self):
        return self.status == self.Status.GOEDGEKEURD


class ChairTermQuerySet(models.QuerySet):
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


class DocumentQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by(F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "title")

    def public(self):
        return self.filter(access=Document.Access.OPENBAAR)

    def newsletter_candidates(self, search=""):
        return self.public().filter(title__icontains=search)

    def years(self):
        return self.exclude(year__isnull=True).order_by("-year").values_list("year", flat=True).distinct()


class Document(models.Model):
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
        indexes = [models.Index(fields=["kind", "year"], name="document_kind_year")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.date:
            self.year = self.date.year
        super().save(*args, **kwargs)

    def clean(self):
        if self.date and self.year and self.year != self.date.year:
            raise ValidationError({"year": _("Het jaar past niet bij de datum.")})

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
