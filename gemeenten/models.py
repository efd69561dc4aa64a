"""What a municipality's page links to beyond the portal: its cliëntenraad, its poverty policy. The portal
knows none of these by itself; people who know send them in, the secretariat checks them before they show."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cooperaties.models import Municipality
from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL


class LocalLinkQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=LocalLink.Status.GEPUBLICEERD)

    def waiting(self):
        return self.filter(status=LocalLink.Status.INGEDIEND)


class LocalLink(models.Model):
    # The form asks for no name or address, and says not to write any in the note.
    privacy = NOT_PERSONAL

    class Kind(models.TextChoices):
        CLIENTENRAAD = "clientenraad", _("Cliëntenraad of adviesraad sociaal domein")
        ARMOEDEBELEID = "armoedebeleid", _("Armoedebeleid en regelingen van de gemeente")
        ANDERS = "anders", _("Iets anders dat mensen met weinig geld helpt")

    class Status(models.TextChoices):
        INGEDIEND = "ingediend", _("Ingediend")
        GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="local_links", verbose_name=_("gemeente")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("naam"), max_length=200, help_text=_("Bijvoorbeeld: Cliëntenraad Roermond."))
    url = models.URLField(_("website"), max_length=500)
    note = models.TextField(_("toelichting"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.INGEDIEND)
    created = models.DateTimeField(_("ingestuurd op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True, editable=False)

    objects = LocalLinkQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("link bij een gemeente")
        verbose_name_plural = _("links bij gemeenten")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["clientenraad", "armoedebeleid", "anders"]), name="gemeenten_link_kind"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["ingediend", "gepubliceerd", "afgewezen"]), name="gemeenten_link_status"
            ),
            # The same link twice for one municipality is one too many (two people sending the same tip).
            models.UniqueConstraint(fields=["municipality", "url"], name="gemeenten_link_once"),
        ]

    def __str__(self):
        return f"{self.municipality}: {self.title}"
