from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The portal's account. Login is by e-mail address (allauth)."""

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")


class OrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class Organisation(models.Model):
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
    website = models.URLField(_("website"), blank=True)
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


class MembershipQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Membership.Status.GOEDGEKEURD)

    def pending(self):
        return self.filter(status=Membership.Status.AANGEVRAAGD)

    def current(self):
        return self.exclude(status=Membership.Status.BEEINDIGD)

    def approved_for(self, user):
        """The approved membership of ``user``, or None (anonymous users have none)."""
        if not getattr(user, "is_authenticated", False):
            return None
        return self.approved().filter(user=user).select_related("organisation").first()


class Membership(models.Model):
    """Links an account to one member organisation, once the secretariat approves."""

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
