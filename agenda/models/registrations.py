"""Registrations for events: confirmed, waiting (in order), cancelled or present."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.privacy import Personal

from .events import SEAT_STATUSES, Event
from .programme import Workshop


class RegistrationQuerySet(ContentQuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.GEANNULEERD)

    def seated(self):
        return self.filter(status__in=SEAT_STATUSES)

    def waiting(self):
        return self.filter(status=Registration.Status.WACHTLIJST).order_by("waitlist_position")

    def reachable_by_mail(self):
        """Those with an address of their own (their account's or the one given for them)."""
        return self.filter(Q(user__isnull=False, user__email__gt="") | Q(user__isnull=True, guest_email__gt=""))

    def unreachable_by_mail(self):
        """The others: the secretariat phones them (the call list), or they hear it through who registered them."""
        return self.exclude(pk__in=self.reachable_by_mail().values("pk"))

    def for_user(self, user):
        return self.filter(user=user).select_related("event", "workshop", "organisation")

    def anonymise(self):
        """The person goes (name, contact details, private link, wishes, who registered them), and so do the audit
        trail's entries about them; event, workshop, organisation and status stay, so that events keep their
        counts. For an erasure on request, a closed account and the retention rule alike."""
        from portal.audit import forget_rows  # portal's models load after the apps'

        forget_rows(model=Registration, pks=list(self.values_list("pk", flat=True)))
        return self.update(
            user=None,
            guest_name="",
            guest_email="",
            guest_phone="",
            access_code="",
            registered_by=None,
            access_needs="",
            dietary="",
            childcare=0,
            updated=timezone.now(),
        )

    def named(self, words):
        """Whose name or organisation holds every word (the check-in's search at the door)."""
        queryset = self
        for word in words.split():
            queryset = queryset.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(guest_name__icontains=word)
                | Q(organisation__name__icontains=word)
            )
        return queryset


class Registration(models.Model):
    privacy = Personal(
        fields={
            "user": _("wie zich aanmeldde"),
            "guest_name": _("de naam van wie werd aangemeld zonder account"),
            "guest_email": _("het e-mailadres van wie werd aangemeld zonder account, als dat er is"),
            "guest_phone": _("het telefoonnummer van wie zich zonder account aanmeldde, als dat er is"),
            "access_code": _("de code van uw eigen link naar uw aanmelding"),
            "travel_costs": _("of u een vergoeding van uw reiskosten vraagt, en wanneer die is betaald"),
            "childcare": _("voor hoeveel kinderen u opvang vraagt"),
            "registered_by": _("wie u aanmeldde, als iemand dat voor u deed"),
            "organisation": _("namens welke organisatie"),
            "workshop": _("voor welke werkgroep"),
            "status": _("bevestigd, wachtlijst, afgemeld of aanwezig"),
            "admitted_from": _("of u aan de deur werd toegelaten terwijl u nog op de wachtlijst stond"),
            "access_needs": _("wat u nodig heeft om mee te doen (dit kan iets zeggen over uw gezondheid)"),
            "dietary": _("uw dieetwensen (dit kan iets zeggen over uw gezondheid of geloof)"),
        },
        purpose=_("Om de bijeenkomst te regelen: plaatsen, werkgroepen, eten en toegankelijkheid."),
        seen_by=_(
            "U zelf, het secretariaat en de contactpersoon van uw organisatie (alleen naam, werkgroep en "
            "status). Toegankelijkheid en dieetwensen ziet alleen het secretariaat."
        ),
        retention="registration",
        extra_retention=("access_needs",),
        owner="user",
    )

    class Status(models.TextChoices):
        BEVESTIGD = "bevestigd", _("Bevestigd")
        WACHTLIJST = "wachtlijst", _("Op de wachtlijst")
        GEANNULEERD = "geannuleerd", _("Afgemeld")
        AANWEZIG = "aanwezig", _("Aanwezig")
        # Preferences given; the place follows from the fair draw at the deadline (agenda/allocation.py).
        VOORKEUR = "voorkeur", _("Wacht op indeling")

    event = models.ForeignKey(
        Event, on_delete=models.PROTECT, related_name="registrations", verbose_name=_("activiteit")
    )
    # Empty once anonymised (privacy rules) or when the account was deleted: the event keeps its count.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("persoon"),
    )
    # Someone registered by a contact person or by the secretariat, who may have no account or e-mail.
    guest_name = models.CharField(_("naam (zonder account)"), max_length=200, blank=True)
    guest_email = models.EmailField(_("e-mailadres (zonder account)"), blank=True)
    # Digits only (and a leading +): one registration per number per event, whatever way it was typed.
    guest_phone = models.CharField(_("telefoonnummer (zonder account)"), max_length=20, blank=True)
    # The private link of someone without an account (/agenda/aanmelding/<code>/): short enough to read out
    # on the phone, long enough not to be guessed (31^10 codes; the page is rate-limited).
    access_code = models.CharField(_("code van de eigen link"), max_length=12, blank=True, editable=False)
    travel_costs = models.BooleanField(_("vraagt reiskostenvergoeding"), default=False)
    travel_costs_paid_at = models.DateTimeField(_("reiskosten betaald op"), null=True, blank=True, editable=False)
    childcare = models.PositiveSmallIntegerField(_("kinderopvang voor aantal kinderen"), default=0)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations_made_for_others",
        verbose_name=_("aangemeld door"),
    )
    organisation = models.ForeignKey(
        "alliantie.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("organisatie bij aanmelding"),
    )
    workshop = models.ForeignKey(
        Workshop,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("werkgroep"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.BEVESTIGD)
    waitlist_position = models.PositiveIntegerField(_("plaats op de wachtlijst"), null=True, blank=True)
    # Someone let in at the door without a seat: where they were, so that undoing the check-in puts them back
    # there and not on a seat they never had (agenda/services/attendance.py).
    admitted_from = models.CharField(_("toegelaten vanaf"), max_length=20, choices=Status.choices, blank=True)
    admitted_from_position = models.PositiveIntegerField(_("toegelaten vanaf wachtlijstplaats"), null=True, blank=True)
    access_needs = models.TextField(_("toegankelijkheid"), blank=True)
    dietary = models.TextField(_("dieetwensen"), blank=True)
    created = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        indexes = [models.Index(fields=["event", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], condition=~Q(status="geannuleerd"), name="one_active_registration_per_event"
            ),
            # One registration per e-mail address and per phone number per event (people without an account).
            models.UniqueConstraint(
                "event",
                Lower("guest_email"),
                condition=~Q(status="geannuleerd") & ~Q(guest_email=""),
                name="one_active_registration_per_address",
            ),
            models.UniqueConstraint(
                fields=["event", "guest_phone"],
                condition=~Q(status="geannuleerd") & ~Q(guest_phone=""),
                name="one_active_registration_per_phone",
            ),
            models.UniqueConstraint(
                fields=["access_code"], condition=~Q(access_code=""), name="registration_access_code_unique"
            ),
            # Only a waiting registration has a place on the list.
            models.CheckConstraint(
                condition=Q(status="wachtlijst", waitlist_position__isnull=False, waitlist_position__gt=0)
                | (~Q(status="wachtlijst") & Q(waitlist_position__isnull=True)),
                name="registration_waitlist_position_only_when_waiting",
            ),
            # Only someone present can have been let in from the waiting list.
            models.CheckConstraint(
                condition=Q(status="aanwezig") | (Q(admitted_from="") & Q(admitted_from_position__isnull=True)),
                name="registration_admitted_from_only_when_present",
            ),
            # Deferred: moving everyone up one place touches many rows in one transaction.
            models.UniqueConstraint(
                fields=["event", "waitlist_position"],
                name="registration_unique_waitlist_position",
                deferrable=models.Deferrable.DEFERRED,
            ),
        ]

    def __str__(self):
        return f"{self.display_name} – {self.event}"

    @property
    def display_name(self):
        """The participant's name (never the e-mail address: it goes on the presentielijst)."""
        if self.user is not None:
            return self.user.get_full_name() or self.user.username
        return self.guest_name or str(_("(geanonimiseerd)"))

    @property
    def surname_key(self):
        """Sorts as a Dutch list does: by surname without its prefix ("de Boer" under B), then first name. A
        name typed in one field ("Piet van den Berg") is taken as first name, then surname."""
        if self.user is not None:
            first, last = self.user.first_name, self.user.last_name or self.user.username
        else:
            first, _space, last = self.guest_name.strip().partition(" ")
            first, last = (first, last) if last else ("", first)
        words = last.split()
        # Prefixes (tussenvoegsels) are written in lower case; the surname proper starts at the first capital.
        while len(words) > 1 and words[0][:1].islower():
            words.pop(0)
        return (" ".join(words).casefold(), first.casefold())

    @property
    def mailed_on_behalf(self):
        """Mails go to whoever registered this person: someone without an account or e-mail address."""
        return self.user is None and not self.guest_email and self.registered_by is not None

    @property
    def greeting_name(self):
        if self.user is not None:
            return self.user.get_full_name()
        if self.guest_email:
            return self.guest_name
        return self.registered_by.get_full_name() if self.registered_by else ""

    @property
    def mail_address(self):
        if self.user is not None:
            return self.user.email
        return self.guest_email or (self.registered_by.email if self.registered_by else "")

    @property
    def access_code_display(self):
        """In two halves, to read out on the phone: WKNEX-Y6Q2H (the page takes it with or without the dash)."""
        return f"{self.access_code[:5]}-{self.access_code[5:]}" if self.access_code else ""

    def get_private_url(self):
        return reverse("agenda:guest-registration", kwargs={"code": self.access_code}) if self.access_code else ""

    @property
    def is_active(self):
        return self.status != self.Status.GEANNULEERD

    def can_cancel(self, now=None):
        return self.is_active and self.status != self.Status.AANWEZIG and not self.event.has_started(now)


class WorkshopPreference(models.Model):
    """A member's 1st, 2nd or 3rd choice of workshop, for an event that allocates places fairly."""

    privacy = Personal(
        fields={"workshop": _("welke werkgroep u koos"), "rank": _("als hoeveelste keus")},
        purpose=_("Om de plaatsen in de werkgroepen eerlijk te verdelen."),
        seen_by=_("U zelf en het secretariaat."),
        retention="registration",
        owner="registration__user",
    )

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="preferences", verbose_name=_("aanmelding")
    )
    workshop = models.ForeignKey(
        Workshop, on_delete=models.CASCADE, related_name="preferences", verbose_name=_("werkgroep")
    )
    rank = models.PositiveSmallIntegerField(_("keus"))

    class Meta:
        ordering = ["registration", "rank"]
        verbose_name = _("voorkeur voor een werkgroep")
        verbose_name_plural = _("voorkeuren voor werkgroepen")
        constraints = [
            models.UniqueConstraint(fields=["registration", "rank"], name="preference_rank_once"),
            models.UniqueConstraint(fields=["registration", "workshop"], name="preference_workshop_once"),
            models.CheckConstraint(condition=Q(rank__gte=1), name="preference_rank_positive"),
        ]

    def __str__(self):
        return f"{self.rank}: {self.workshop}"
