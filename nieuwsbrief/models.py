"""Subscribers with proof of their consent, and the newsletter's editions."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import NOT_PERSONAL, Personal
from portal.validators import validate_link

# Portal content the secretariat can pick for an edition. A generic relation keeps this app
# free of migration dependencies on apps that are built at the same time.
CONTENT_MODELS = (
    ("agenda", "event"),
    ("cooperaties", "cooperatie"),
    ("alliantie", "document"),
    ("manifest", "figure"),
    ("publicaties", "publication"),
    ("verhalen", "story"),
    ("vraagaanbod", "posting"),
)
CONTENT_CHOICES = Q()
for _app_label, _model in CONTENT_MODELS:
    CONTENT_CHOICES |= Q(app_label=_app_label, model=_model)


class SubscriberQuerySet(models.QuerySet):
    def counts_by_status(self):
        """{status: count} for every status, in one query."""
        return self.aggregate(**{status: Count("pk", filter=Q(status=status)) for status in Subscriber.Status.values})

    def for_email(self, email):
        return self.filter(email__iexact=email.strip())

    def for_export(self, statuses):
        """Rows for the mailing service, oldest first, as plain tuples (no model instances)."""
        return (
            self.filter(status__in=statuses)
            .order_by("pk")
            .values_list("email", "name", "organisation", "created", "confirmed_at", "unsubscribed_at", "status")
        )


class Subscriber(models.Model):
    privacy = Personal(
        fields={
            "email": _("uw e-mailadres"),
            "name": _("uw naam, als u die gaf"),
            "organisation": _("uw organisatie, als u die gaf"),
            "created": _("wanneer u zich aanmeldde"),
            "confirmed_at": _("wanneer u dat bevestigde"),
            "unsubscribed_at": _("wanneer u zich afmeldde"),
        },
        purpose=_("Om u de nieuwsbrief te sturen, en om u niets meer te sturen als u zich afmeldde."),
        seen_by=_("U zelf en het secretariaat; de mailingdienst krijgt alleen wie de nieuwsbrief wil krijgen."),
        retention="subscriber",
        owner="user",
        owner_email="email",
    )

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op bevestiging")
        CONFIRMED = "confirmed", _("Ingeschreven")
        UNSUBSCRIBED = "unsubscribed", _("Afgemeld")

    email = models.EmailField(_("e-mailadres"), max_length=254)
    name = models.CharField(_("naam"), max_length=200, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="newsletter_subscriptions",
        verbose_name=_("account"),
    )
    created = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        constraints = [
            # Mail providers treat addresses case-insensitively; so do we, in the database.
            models.UniqueConstraint(Lower("email"), name="nieuwsbrief_subscriber_email_ci_unique"),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "confirmed", "unsubscribed"]),
                name="nieuwsbrief_subscriber_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "id"], name="nieuwsbrief_sub_status_idx")]

    def __str__(self):
        return self.email


class ConsentQuerySet(models.QuerySet):
    def awaiting_confirmation(self, *, since):
        """Sign-ups by e-mail asked for since ``since`` and neither confirmed nor withdrawn yet."""
        return self.filter(
            method=Consent.Method.DOUBLE_OPT_IN,
            requested_at__gte=since,
            confirmed_at__isnull=True,
            withdrawn_at__isnull=True,
        )


class Consent(models.Model):
    """Proof of one consent: asked for where and how, confirmed when, withdrawn when."""

    privacy = Personal(
        fields={
            "method": _("hoe u toestemming gaf"),
            "source": _("op welke pagina"),
            "requested_at": _("wanneer u het vroeg"),
            "confirmed_at": _("wanneer u het bevestigde"),
            "withdrawn_at": _("wanneer u de toestemming introk"),
        },
        purpose=_("Het bewijs dat u de nieuwsbrief wilde krijgen."),
        seen_by=_("Het secretariaat."),
        retention="consent",
        owner="subscriber__user",
        owner_email="subscriber__email",
    )

    class Method(models.TextChoices):
        DOUBLE_OPT_IN = "double_opt_in", _("Formulier met bevestiging per e-mail")
        MEMBER = "member", _("Als lid, via Mijn account")

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="consents", verbose_name=_("abonnee")
    )
    method = models.CharField(_("hoe"), max_length=20, choices=Method.choices)
    source = models.CharField(_("vanaf pagina"), max_length=500, blank=True)
    text_version = models.CharField(_("versie toestemmingstekst"), max_length=20)
    requested_at = models.DateTimeField(_("gevraagd op"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        indexes = [models.Index(fields=["subscriber", "-requested_at"], name="nieuwsbrief_consent_sub_idx")]

    def __str__(self):
        return f"{self.subscriber} – {self.get_method_display()}"


class EditionQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(published=True)

    def with_items(self):
        return self.prefetch_related(models.Prefetch("items", queryset=EditionItem.objects.order_by("position", "pk")))


class Edition(Versioned):
    privacy = NOT_PERSONAL

    number = models.PositiveIntegerField(_("nummer"), unique=True)
    title = models.CharField(_("titel"), max_length=200)
    date = models.DateField(_("datum"))
    introduction = models.TextField(_("inleiding"), blank=True)
    plain_text = models.TextField(
        _("tekstversie (aangepast)"),
        blank=True,
        help_text=_("Leeg: de tekstversie wordt gemaakt uit de onderdelen. Ingevuld: deze tekst gaat mee."),
    )
    published = models.BooleanField(
        _("gepubliceerd"), default=False, help_text=_("Alleen gepubliceerde edities staan in het archief op de site.")
    )
    created = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        verbose_name = _("editie")
        verbose_name_plural = _("edities")
        constraints = [models.CheckConstraint(condition=Q(number__gte=1), name="nieuwsbrief_edition_number_positive")]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("nieuwsbrief:edition-detail", kwargs={"number": self.number})

    def previous(self):
        return Edition.objects.filter(number__lt=self.number).order_by("-number").first()


class EditionItem(Versioned):
    """A free item, or one picked from portal content with its title, text and link copied in."""

    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="items", verbose_name=_("editie"))
    position = models.PositiveIntegerField(_("volgorde"), default=0)
    title = models.CharField(_("titel"), max_length=300)
    text = models.TextField(_("tekst"), blank=True)
    url = models.CharField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("Een volledig adres (https://…) of een pad op deze site (/agenda/…)."),
        validators=[validate_link],
    )
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to=CONTENT_CHOICES,
        verbose_name=_("soort inhoud"),
    )
    object_id = models.PositiveBigIntegerField(_("id van de inhoud"), null=True, blank=True)
    content_object = GenericForeignKey("content_type", "object_id")

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("onderdeel")
        verbose_name_plural = _("onderdelen")
        constraints = [
            models.CheckConstraint(
                condition=Q(content_type__isnull=True, object_id__isnull=True)
                | Q(content_type__isnull=False, object_id__isnull=False),
                name="nieuwsbrief_item_content_complete",
            ),
            models.UniqueConstraint(
                fields=["edition", "content_type", "object_id"], name="nieuwsbrief_item_content_once_per_edition"
            ),
        ]

    def __str__(self):
        return self.title

    def absolute_url(self, site_url):
        """Links in the archive and the export: paths on this site become full addresses."""
        if self.url.startswith("/"):
            return site_url.rstrip("/") + self.url
        return self.url


SECTION_LABELS = {
    ("agenda", "event"): _("Agenda"),
    ("cooperaties", "cooperatie"): _("Coöperaties"),
    ("alliantie", "document"): _("Documenten"),
    ("manifest", "figure"): _("Kloven in cijfers"),
    ("agenda", "workshop"): _("Verslagen van werkgroepen"),
    # Every kind that can be picked has its own heading: without one an item read as part of the one above.
    ("publicaties", "publication"): _("Publicaties"),
    ("verhalen", "story"): _("Verhalen"),
    ("vraagaanbod", "posting"): _("Vraag en aanbod van coöperaties"),
}


def section_label(item):
    if item.content_type_id is None:
        return ""
    # get_for_id is cached per process: no query per item.
    content_type = ContentType.objects.get_for_id(item.content_type_id)
    return SECTION_LABELS.get((content_type.app_label, content_type.model), "")
