"""Vraag en aanbod: questions and offers that coöperaties post for one another."""

from urllib.parse import urlencode

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperaties.models import Cooperatie, Province, Theme
from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.privacy import Personal

# A posting is for one province or, left empty, for the whole country; "Landelijk actief" is how the directory
# describes a coöperatie, not a place to ask for.
PROVINCES = [(value, label) for value, label in Province.choices if value != Province.LANDELIJK]


class Kind(models.TextChoices):
    VRAAG = "vraag", _("Vraag")
    AANBOD = "aanbod", _("Aanbod")


class Status(models.TextChoices):
    INGEDIEND = "ingediend", _("Ingediend, wacht op het secretariaat")
    GEPUBLICEERD = "gepubliceerd", _("Op de website")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class PostingQuerySet(ContentQuerySet):
    def published(self):
        # A coöperatie that is archived takes its questions and offers off the website with it.
        return self.filter(status=Status.GEPUBLICEERD, cooperatie__in=Cooperatie.objects.published())

    def awaiting_decision(self):
        return self.filter(status=Status.INGEDIEND)

    def current(self, *, today):
        """Not ended: the end date is today or later."""
        return self.filter(ends_on__gte=today)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_theme(self, theme):
        return self.filter(theme=theme)

    def for_province(self, province):
        """For this province, and the postings for the whole country (which count everywhere)."""
        return self.filter(Q(province=province) | Q(province=""))

    def for_list(self):
        # Each card shows its coöperatie and theme: joined, so a page costs one query however long it is.
        return self.select_related("cooperatie", "theme").order_by("-decided_at", "-pk")

    def on_profile(self, cooperatie, *, today):
        return (
            self.published()
            .current(today=today)
            .filter(cooperatie=cooperatie)
            .select_related("theme")
            .order_by("ends_on", "pk")
        )

    def newest(self, *, today):
        return self.published().current(today=today).for_list()

    def newsletter_candidates(self, search=""):
        found = self.published().current(today=timezone.localdate()).for_list()
        return found.filter(title__unaccent__icontains=search) if search else found


class Posting(models.Model):
    privacy = Personal(
        fields={
            "text": _("wat de coöperatie vraagt of aanbiedt; daarin kan de naam van een contactpersoon staan"),
        },
        purpose=_("Zodat coöperaties elkaar kunnen vinden en van elkaar kunnen leren."),
        seen_by=_(
            "Iedereen op de website, zodra het secretariaat het plaatst. Wat niet geplaatst is, ziet alleen het "
            "secretariaat."
        ),
        retention="posting",
    )

    Kind = Kind
    Status = Status

    cooperatie = models.ForeignKey(
        Cooperatie, on_delete=models.CASCADE, related_name="postings", verbose_name=_("coöperatie")
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("titel"), max_length=150)
    text = models.TextField(_("tekst"), max_length=3000)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="postings", verbose_name=_("onderwerp"))
    province = models.CharField(
        _("provincie"), max_length=20, choices=PROVINCES, blank=True, help_text=_("Leeg: in heel Nederland.")
    )
    ends_on = models.DateField(_("tot en met"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.INGEDIEND)
    created = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    # The site search's words (zoeken/sources.py), kept by PostgreSQL itself.
    search_vector = stored_vector(("title", "A"), ("text", "B"))

    objects = PostingQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("vraag of aanbod")
        verbose_name_plural = _("vraag en aanbod")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=[value for value, _label in Kind.choices]), name="posting_kind"
            ),
            models.CheckConstraint(
                condition=Q(status__in=[value for value, _label in Status.choices]), name="posting_status"
            ),
            models.CheckConstraint(
                condition=Q(province__in=["", *(value for value, _label in PROVINCES)]), name="posting_province"
            ),
            # Decided means a moment of deciding; waiting means none.
            models.CheckConstraint(
                condition=Q(status=Status.INGEDIEND, decided_at__isnull=True)
                | (~Q(status=Status.INGEDIEND) & Q(decided_at__isnull=False)),
                name="posting_decided_at",
            ),
        ]
        indexes = [models.Index(fields=["status", "ends_on"], name="posting_status_ends_on")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self):
        return reverse("vraagaanbod:posting-detail", kwargs={"pk": self.pk})

    @property
    def is_published(self):
        return self.status == self.Status.GEPUBLICEERD

    @property
    def is_waiting(self):
        return self.status == self.Status.INGEDIEND

    @property
    def is_question(self):
        return self.kind == self.Kind.VRAAG

    @property
    def is_national(self):
        return not self.province

    def has_ended(self, *, today):
        return self.ends_on < today

    @property
    def ended(self):
        return self.has_ended(today=timezone.localdate())

    @property
    def where(self):
        return self.get_province_display() if self.province else _("Heel Nederland")

    @property
    def reply_url(self):
        """The coöperatie's message form, its subject filled in: the public never sees an e-mail address."""
        form = reverse("cooperaties:message", kwargs={"slug": self.cooperatie.slug})
        return f"{form}?{urlencode({'onderwerp': _('Reactie op: %(title)s') % {'title': self.title}})}"
