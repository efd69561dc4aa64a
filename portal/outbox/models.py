from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.privacy import Personal


class OutgoingMailQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=OutgoingMail.Status.WACHTEND)

    def failed(self):
        return self.filter(status=OutgoingMail.Status.MISLUKT)


class OutgoingMail(models.Model):
    """One e-mail, from the moment a request asks for it until the mail server has accepted it.

    The row is written in the same transaction as the data the mail is about, so a rolled-back
    request leaves no mail and a committed one always gets delivered (by the worker, with retries).
    """

    privacy = Personal(
        fields={"to": _("aan wie de e-mail ging"), "subject": _("het onderwerp"), "body": _("de tekst")},
        purpose=_("Om de e-mail te versturen, en om te zien of dat lukte."),
        seen_by=_("Het secretariaat."),
        retention="outgoing_mail",
    )

    class Status(models.TextChoices):
        WACHTEND = "wachtend", _("Wacht op verzenden")
        VERSTUURD = "verstuurd", _("Verstuurd")
        MISLUKT = "mislukt", _("Mislukt")

    created = models.DateTimeField(_("gemaakt op"), auto_now_add=True, db_index=True)
    template = models.CharField(_("soort e-mail"), max_length=200, blank=True)
    to = models.JSONField(_("aan"), default=list)
    subject = models.CharField(_("onderwerp"), max_length=998)
    body = models.TextField(_("tekst"))
    headers = models.JSONField(_("extra kopregels"), default=dict, blank=True)
    # (filename, base64 content, mimetype) triples.
    attachments = models.JSONField(_("bijlagen"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.WACHTEND)
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    # Set while a worker talks to the mail server (services.deliver); another worker leaves the mail alone
    # until then, and takes it over after, should the first one have died.
    claimed_until = models.DateTimeField(_("wordt verstuurd tot"), null=True, blank=True, editable=False)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="verstuurd", sent_at__isnull=False) | ~Q(status="verstuurd"),
                name="outbox_sent_has_time",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["wachtend", "verstuurd", "mislukt"]), name="outbox_status_valid"
            ),
        ]

    def __str__(self):
        return self.subject

    @property
    def carries_a_login_link(self):
        """allauth's mails (password reset, address confirmation) hold a link that logs the reader in."""
        return self.template.startswith("account/")

    @property
    def message_id(self):
        # The same Message-ID on every attempt: a mail server or client that gets it twice can tell.
        return f"<outbox-{self.pk}@socialealliantie.nl>"
