"""The Verweer/Vernieuwing vote of an Alliantiedag: developments, stemcodes, stickers and paper tallies.

Seed 004 describes the vote: "2 keer een stikker plakken bij telkens 10 ontwikkelingen met aan de ene
kant 'Verweer' en aan de andere kant 'Vernieuwing'". A sticker is modelled as a *side*, not as a point
on a scale. The document reports the outcome only by side (four developments that worry people, under
Verweer; four possibilities, under Vernieuwing), it mentions no positions in between, and the paper
posters are counted afterwards by the secretariat: "how many stickers on each side" can be counted
honestly from a poster, a position on an unmarked line cannot. A scale would add a precision the
method never had and the paper votes could not give. One sticker per development per person: the
stickers are spread over the developments, as on the posters.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL, Personal

from .events import Event
from .registrations import Registration


class Side(models.TextChoices):
    VERWEER = "verweer", _("Verweer")
    VERNIEUWING = "vernieuwing", _("Vernieuwing")


class VoteQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=Vote.Status.GEPUBLICEERD, event__is_public=True)

    def announced(self):
        """Opened at least once: the event page may point to it (being prepared is the secretariat's own)."""
        return self.exclude(status=Vote.Status.VOORBEREIDING)


class Vote(models.Model):
    privacy = NOT_PERSONAL

    class Status(models.TextChoices):
        VOORBEREIDING = "voorbereiding", _("In voorbereiding")
        OPEN = "open", _("Open: er kan gestemd worden")
        GESLOTEN = "gesloten", _("Gesloten: papieren stemmen invoeren")
        GEPUBLICEERD = "gepubliceerd", _("Uitslag gepubliceerd")

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="vote", verbose_name=_("activiteit"))
    stickers_per_person = models.PositiveSmallIntegerField(
        _("stickers per deelnemer"), default=2, validators=[MinValueValidator(1)]
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.VOORBEREIDING)
    explanation = models.TextField(
        _("uitleg bij de stemming"),
        blank=True,
        help_text=_("Wat Verweer en Vernieuwing betekenen. Deelnemers lezen dit voor zij stemmen."),
    )
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    objects = VoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("stemming Verweer/Vernieuwing")
        verbose_name_plural = _("stemmingen Verweer/Vernieuwing")
        constraints = [models.CheckConstraint(condition=Q(stickers_per_person__gt=0), name="vote_has_stickers")]

    def __str__(self):
        return str(_("Stemming bij %(event)s") % {"event": self.event})

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    @property
    def is_published(self):
        return self.status == self.Status.GEPUBLICEERD

    def get_absolute_url(self):
        return reverse("agenda:vote-results", kwargs={"slug": self.event.slug})


class DevelopmentQuerySet(ContentQuerySet):
    def with_totals(self):
        """Digital stickers per side plus the paper tally, in one query (no query per development)."""
        return self.annotate(
            digital_verweer=Count("stickers", filter=Q(stickers__side=Side.VERWEER)),
            digital_vernieuwing=Count("stickers", filter=Q(stickers__side=Side.VERNIEUWING)),
        )


class Development(models.Model):
    privacy = NOT_PERSONAL

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="developments", verbose_name=_("stemming"))
    title = models.CharField(_("ontwikkeling"), max_length=300)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    # The stickers on the paper posters, counted by the secretariat after the day.
    paper_verweer = models.PositiveIntegerField(_("papier: stickers bij Verweer"), default=0)
    paper_vernieuwing = models.PositiveIntegerField(_("papier: stickers bij Vernieuwing"), default=0)

    objects = DevelopmentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("ontwikkeling")
        verbose_name_plural = _("ontwikkelingen")
        constraints = [models.UniqueConstraint(fields=["vote", "title"], name="development_once_per_vote")]

    def __str__(self):
        return self.title

    @property
    def verweer(self):
        """Needs ``with_totals()``: digital and paper stickers on the Verweer side, added up."""
        return self.digital_verweer + self.paper_verweer

    @property
    def vernieuwing(self):
        return self.digital_vernieuwing + self.paper_vernieuwing


class VoteCode(models.Model):
    """A stemcode: one ballot. Made for each registered participant, or as a loose slip to hand out."""

    privacy = Personal(
        fields={"registration": _("bij welke aanmelding de stemcode hoort")},
        purpose=_("Zodat iedereen één keer stemt en de stem tot het sluiten kan wijzigen."),
        seen_by=_("Alleen het secretariaat ziet welke code bij wie hoort. De uitslag toont alleen aantallen."),
        retention="registration",
        owner="registration__user",
    )

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="codes", verbose_name=_("stemming"))
    code = models.CharField(_("stemcode"), max_length=20, unique=True)
    registration = models.OneToOneField(
        Registration,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="vote_code",
        verbose_name=_("aanmelding"),
    )
    created = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    voted_at = models.DateTimeField(_("laatst gestemd op"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("stemcode")
        verbose_name_plural = _("stemcodes")

    def __str__(self):
        return self.code

    @property
    def display(self):
        """In two groups of four, as printed on the slip: easier to read out and type."""
        return f"{self.code[:4]}-{self.code[4:]}"


class Sticker(models.Model):
    privacy = Personal(
        fields={"side": _("waar u een sticker plakte: Verweer of Vernieuwing")},
        purpose=_("De uitslag van de stemming."),
        # Honest: the code is linked to the registration, so the stickers of one code can be traced.
        seen_by=_(
            "Het secretariaat kan zien welke code bij wie hoort, en dus ook hoe iemand stemde. Het kijkt daar "
            "niet naar: in het beheer en op de website staan alleen aantallen."
        ),
        retention="registration",
        owner="code__registration__user",
    )

    code = models.ForeignKey(VoteCode, on_delete=models.CASCADE, related_name="stickers", verbose_name=_("stemcode"))
    development = models.ForeignKey(
        Development, on_delete=models.CASCADE, related_name="stickers", verbose_name=_("ontwikkeling")
    )
    side = models.CharField(_("kant"), max_length=20, choices=Side.choices)

    class Meta:
        verbose_name = _("sticker")
        verbose_name_plural = _("stickers")
        constraints = [
            models.UniqueConstraint(fields=["code", "development"], name="one_sticker_per_development_per_code"),
            models.CheckConstraint(condition=Q(side__in=Side.values), name="sticker_side_known"),
        ]

    def __str__(self):
        return f"{self.development}: {self.get_side_display()}"


class VoteYearSummaryQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(is_published=True)


class VoteYearSummary(models.Model):
    """What the organisation published about a year's votes, in its own words, when no tallies exist."""

    privacy = NOT_PERSONAL

    year = models.PositiveSmallIntegerField(_("jaar"), unique=True)
    method = models.TextField(_("werkwijze"), blank=True)
    verweer = models.TextField(_("samenvatting Verweer"), blank=True, help_text=_("Eén punt per regel."))
    vernieuwing = models.TextField(_("samenvatting Vernieuwing"), blank=True, help_text=_("Eén punt per regel."))
    source = models.CharField(_("bron"), max_length=300, blank=True)
    is_published = models.BooleanField(_("gepubliceerd"), default=True)

    objects = VoteYearSummaryQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("samenvatting van een jaar")
        verbose_name_plural = _("samenvattingen van een jaar")

    def __str__(self):
        return str(self.year)

    @property
    def verweer_points(self):
        return [line.strip() for line in self.verweer.splitlines() if line.strip()]

    @property
    def vernieuwing_points(self):
        return [line.strip() for line in self.vernieuwing.splitlines() if line.strip()]

    def get_absolute_url(self):
        return reverse("agenda:vote-year", kwargs={"year": self.year})
