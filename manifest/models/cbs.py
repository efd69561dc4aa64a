"""Then and now: a manifest figure linked to a CBS StatLine table, and the observations fetched from it.

The secretariat types the table and the selection from CBS's own site; the portal never guesses one. A
fetched observation shows on the kloof page only after a person confirmed it, and a failed fetch is told to
the secretariat only (``last_error``), never to visitors.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL

from ..formatting import format_figure
from .figures import Figure

# StatLine's identifiers: five digits and three letters (83839NED, 37296ned, 82070ENG).
TABLE_ID = RegexValidator(
    r"^[0-9]{5}[A-Za-z]{3}$", _("Een tabelnummer van CBS is vijf cijfers en drie letters, bijvoorbeeld 83839NED.")
)
CBS_LICENCE = "CC BY 4.0"


class CbsLink(models.Model):
    privacy = NOT_PERSONAL

    figure = models.OneToOneField(Figure, on_delete=models.CASCADE, related_name="cbs_link", verbose_name=_("cijfer"))
    table_id = models.CharField(
        _("tabel bij CBS"),
        max_length=8,
        validators=[TABLE_ID],
        help_text=_("Het nummer van de tabel op StatLine, bijvoorbeeld 83839NED. Neem het over van de site van CBS."),
    )
    filters = models.CharField(
        _("selectie"),
        max_length=500,
        blank=True,
        help_text=_(
            "Welke rij u bedoelt, zoals CBS het schrijft, bijvoorbeeld: Populatie eq 'A048710'. "
            "Laat de perioden weg: de portal neemt de nieuwste."
        ),
    )
    measure = models.CharField(
        _("onderwerp (kolom)"),
        max_length=100,
        help_text=_("De naam van de kolom bij CBS, bijvoorbeeld Huishoudens_1."),
    )
    period_dimension = models.CharField(_("kolom met de perioden"), max_length=100, default="Perioden")
    last_attempt_at = models.DateTimeField(_("laatst opgehaald op"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("wat misging"), blank=True, editable=False)

    class Meta:
        verbose_name = _("koppeling met CBS")
        verbose_name_plural = _("koppelingen met CBS")
        ordering = ["figure__kloof__order", "figure__order"]

    def __str__(self):
        return f"{self.figure} ← CBS {self.table_id}"

    @property
    def statline_url(self):
        return f"https://opendata.cbs.nl/statline/#/CBS/nl/dataset/{self.table_id}/table"


class CbsObservationQuerySet(ContentQuerySet):
    def confirmed(self):
        return self.filter(status=CbsObservation.Status.BEVESTIGD)

    def to_check(self):
        return self.filter(status=CbsObservation.Status.TE_CONTROLEREN)


class CbsObservation(models.Model):
    privacy = NOT_PERSONAL

    class Status(models.TextChoices):
        TE_CONTROLEREN = "te-controleren", _("Te controleren")
        BEVESTIGD = "bevestigd", _("Bevestigd: op de site")
        AFGEWEZEN = "afgewezen", _("Afgewezen")
        VERVANGEN = "vervangen", _("Vervangen door een nieuwer cijfer")

    link = models.ForeignKey(
        CbsLink, on_delete=models.CASCADE, related_name="observations", verbose_name=_("koppeling met CBS")
    )
    period_key = models.CharField(_("periode (code bij CBS)"), max_length=20)
    period = models.CharField(_("periode"), max_length=50)
    value = models.DecimalField(_("waarde"), max_digits=18, decimal_places=3)
    cbs_unit = models.CharField(_("eenheid bij CBS"), max_length=50, blank=True)
    table_title = models.CharField(_("titel van de tabel"), max_length=300, blank=True)
    licence = models.CharField(_("licentie"), max_length=50, default=CBS_LICENCE)
    retrieved_at = models.DateTimeField(_("opgehaald op"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.TE_CONTROLEREN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        verbose_name=_("besloten door"),
    )
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True, editable=False)

    objects = CbsObservationQuerySet.as_manager()

    class Meta:
        verbose_name = _("cijfer van CBS")
        verbose_name_plural = _("cijfers van CBS")
        ordering = ["-retrieved_at"]
        constraints = [
            # Fetching twice finds the same number: one row. A revised number for the same period is a new row.
            models.UniqueConstraint(fields=["link", "period_key", "value"], name="manifest_cbs_one_per_value"),
            models.CheckConstraint(
                condition=Q(status__in=["te-controleren", "bevestigd", "afgewezen", "vervangen"]),
                name="manifest_cbs_status",
            ),
            # The page shows one 'Nu' per figure (Figure.objects.with_cbs_now joins it).
            models.UniqueConstraint(
                fields=["link"], condition=Q(status="bevestigd"), name="manifest_cbs_one_confirmed"
            ),
        ]

    def __str__(self):
        return f"{self.link.figure.label}: {self.display} ({self.period})"

    @property
    def display(self):
        figure = self.link.figure
        return format_figure(self.value, figure.unit, decimals=figure.decimals)

    @property
    def source_display(self):
        title = f", {self.table_title}" if self.table_title else ""
        return f"CBS{title} (tabel {self.link.table_id}, {self.licence})"
