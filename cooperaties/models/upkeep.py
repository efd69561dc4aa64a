"""Keeping the directory current: change requests from the coöperaties themselves, and corrections from
visitors."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.privacy import Personal


class ChangeRequest(models.Model):
    """Changes a coöperatie proposes to its own profile, waiting for the secretariat's approval."""

    # The proposed values are the coöperatie's public profile, not data about a person.
    privacy = Personal(
        fields={
            "data": _("de gegevens die de coöperatie voorstelde, zoals een e-mailadres of telefoonnummer"),
            "note": _("de toelichting van de coöperatie bij een wijziging"),
        },
        purpose=_("Zodat het secretariaat een wijziging van een coöperatie kan beoordelen."),
        seen_by=_("Alleen het secretariaat."),
        retention="change_requests",
    )

    class Kind(models.TextChoices):
        WIJZIGING = "wijziging", _("Wijziging van het profiel")
        OPHEFFEN = "opheffen", _("Bestaat niet meer")

    class Status(models.TextChoices):
        OPEN = "open", _("Wacht op het secretariaat")
        GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    cooperatie = models.ForeignKey(
        "cooperaties.Cooperatie", on_delete=models.CASCADE, related_name="change_requests", verbose_name=_("coöperatie")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.WIJZIGING)
    data = models.JSONField(_("voorgestelde gegevens"), default=dict, blank=True)
    note = models.TextField(_("toelichting van de coöperatie"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    created = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("wijziging van een coöperatie")
        verbose_name_plural = _("wijzigingen van coöperaties")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["open", "goedgekeurd", "afgewezen"]), name="coop_change_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=["wijziging", "opheffen"]), name="coop_change_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.cooperatie}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class CorrectionReport(models.Model):
    """ "Klopt er iets niet of weet u meer?": a visitor's note on a profile, for the secretariat."""

    privacy = Personal(
        fields={"contact": _("hoe wij u kunnen bereiken, als u dat invulde bij een melding over een coöperatie")},
        purpose=_("Zodat het secretariaat u een vraag kan stellen over uw melding."),
        seen_by=_("Alleen het secretariaat."),
        retention="reporters",
    )

    cooperatie = models.ForeignKey(
        "cooperaties.Cooperatie", on_delete=models.CASCADE, related_name="reports", verbose_name=_("coöperatie")
    )
    message = models.TextField(_("wat klopt er niet, of wat weet u meer?"), max_length=2000)
    contact = models.CharField(_("hoe kunnen we u bereiken?"), max_length=200, blank=True)
    handled = models.BooleanField(_("afgehandeld"), default=False)
    created = models.DateTimeField(_("ontvangen op"), auto_now_add=True)

    class Meta:
        ordering = ["handled", "-created"]
        verbose_name = _("melding over een coöperatie")
        verbose_name_plural = _("meldingen over coöperaties")

    def __str__(self):
        return f"{self.cooperatie}: {self.message[:60]}"
