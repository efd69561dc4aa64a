"""Which mail about an event each registration already had: a row per registration and kind, so a job that
runs twice (or twice at once) mails nobody twice. The row is written in the same transaction as the queued
mail: both are there, or neither."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.privacy import Personal

from .registrations import Registration


class SentReminder(models.Model):
    privacy = Personal(
        fields={"kind": _("welk bericht over de activiteit u kreeg (herinnering, bedankt, plaats bekend)")},
        purpose=_("Zodat u elk bericht over een activiteit maar één keer krijgt."),
        seen_by=_("Het secretariaat."),
        retention="registration",
        owner="registration__user",
    )

    class Kind(models.TextChoices):
        HERINNERING = "herinnering", _("Herinnering drie dagen van tevoren")
        GEEN_PLAATS = "geen_plaats", _("Geen plaats gekregen van de wachtlijst")
        BEDANKT = "bedankt", _("Bedankt na afloop")
        PLAATS_BEKEND = "plaats_bekend", _("De plaats is bekend")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="sent_reminders", verbose_name=_("aanmelding")
    )
    kind = models.CharField(_("soort bericht"), max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(_("verstuurd op"))

    class Meta:
        verbose_name = _("verstuurd bericht over een activiteit")
        verbose_name_plural = _("verstuurde berichten over activiteiten")
        constraints = [models.UniqueConstraint(fields=["registration", "kind"], name="sent_reminder_once_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.registration_id}"
