"""'Stuur een bericht': a visitor's first contact with a coöperatie, relayed by the portal (cooperaties/messages.py)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.privacy import Personal


class MessageQuerySet(models.QuerySet):
    def waiting_for_secretariat(self):
        """Sent to the secretariat (no contact address known) and not yet forwarded or phoned through."""
        return self.filter(route=Message.Route.SECRETARIAAT, handled=False)


class Message(models.Model):
    privacy = Personal(
        fields={
            "name": _("de naam van wie een coöperatie een bericht stuurde"),
            "email": _("het e-mailadres van wie een coöperatie een bericht stuurde"),
            "phone": _("het telefoonnummer van wie een coöperatie een bericht stuurde"),
            "subject": _("het onderwerp van het bericht"),
            "body": _("het bericht aan de coöperatie"),
        },
        purpose=_(
            "Om uw bericht door te sturen naar de coöperatie, of naar het secretariaat als wij geen adres van de "
            "coöperatie hebben. Wij bewaren het een tijd, zodat het secretariaat kan nagaan of een bericht is "
            "aangekomen als u of de coöperatie daarnaar vraagt. Daarna wissen wij het."
        ),
        seen_by=_("Het secretariaat, en de coöperatie aan wie u schreef."),
        retention="relayed_messages",
        owner_email="email",
    )

    class Route(models.TextChoices):
        COOPERATIE = "cooperatie", _("Naar de coöperatie")
        SECRETARIAAT = "secretariaat", _("Naar het secretariaat (geen adres van de coöperatie)")

    cooperatie = models.ForeignKey(
        "cooperaties.Cooperatie", on_delete=models.CASCADE, related_name="messages", verbose_name=_("coöperatie")
    )
    name = models.CharField(_("naam"), max_length=200)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    subject = models.CharField(_("onderwerp"), max_length=200, blank=True)
    body = models.TextField(_("bericht"), max_length=5000)
    route = models.CharField(_("doorgestuurd"), max_length=20, choices=Route.choices)
    handled = models.BooleanField(_("afgehandeld"), default=False)
    created = models.DateTimeField(_("verstuurd op"), auto_now_add=True, db_index=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["handled", "-created"]
        verbose_name = _("bericht aan een coöperatie")
        verbose_name_plural = _("berichten aan coöperaties")
        constraints = [
            # Whoever writes must be reachable: the form asks for one of the two.
            models.CheckConstraint(condition=~Q(email="") | ~Q(phone=""), name="coop_message_reachable"),
            models.CheckConstraint(condition=~Q(name=""), name="coop_message_name_not_empty"),
            models.CheckConstraint(
                condition=Q(route__in=["cooperatie", "secretariaat"]), name="coop_message_route_valid"
            ),
        ]

    def __str__(self):
        return f"{self.name} aan {self.cooperatie}"

    @property
    def went_to_secretariat(self):
        return self.route == self.Route.SECRETARIAAT
