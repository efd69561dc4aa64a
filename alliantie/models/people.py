"""Accounts, member organisations and the memberships that link them."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL, Personal
from portal.validators import validate_web_url


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
        seen_by=_("U zelf en het secretariaat; de contactpersoon van uw organisatie ziet uw naam."),
        retention="account",
        owner="pk",
    )

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")


class OrganisationQuerySet(ContentQuerySet):
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

    def contact_persons_of(self, organisation):
        """The approved contact persons of ``organisation``."""
        return self.approved().filter(organisation=organisation, role=Membership.Role.CONTACTPERSOON)

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
        seen_by=_("U zelf, het secretariaat en de contactpersoon van uw organisatie."),
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

    def allowed_statuses(self):
        """What the secretariat may set next. A decision is not taken back: its mail has gone, so a person
        who was refused or left asks again."""
        if self.status == self.Status.AANGEVRAAGD:
            return set(self.Status.values)
        if self.status == self.Status.GOEDGEKEURD:
            return {self.Status.GOEDGEKEURD, self.Status.BEEINDIGD}
        return {self.status}
