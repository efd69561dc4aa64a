"""The directory itself: one coöperatie, its public profile and how it is found."""

import datetime

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField, TrigramSimilarity
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.db.models.functions import Lower, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperaties.search import SEARCH_CONFIG, ImmutableUnaccent, normalise, search_queryset
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import Personal
from portal.validators import validate_web_url

from .vocabularies import Domain, LegalForm, Province, Theme


class CooperatieQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=Cooperatie.Status.GEPUBLICEERD)

    def awaiting_decision(self):
        return self.filter(status=Cooperatie.Status.VOORGESTELD)

    def newsletter_candidates(self, search=""):
        return self.published().filter(name__unaccent__icontains=search)

    def search(self, q):
        return search_queryset(self, q)

    def for_list(self):
        # Domains are shown on every card; one extra query per page, never one per row. A card needs
        # none of the long texts: the description and the search columns stay in the database.
        return self.prefetch_related("domains").defer("description", "search_vector", "search_name")

    def for_profile(self):
        return self.prefetch_related("domains", "themes")

    def newest(self):
        """Most recently published first (the home page's 'Nieuw bij de sociale coöperaties')."""
        return self.published().order_by(models.F("decided_at").desc(nulls_last=True), "-created")

    def counts_by_province(self):
        return dict(self.order_by().values_list("province").annotate(n=models.Count("pk")))

    def in_province(self, province):
        """The coöperaties of a province, then the national ones (which work everywhere)."""
        return (
            self.filter(Q(province=province) | Q(province=Province.LANDELIJK))
            .annotate(proximity=Case(When(province=Province.LANDELIJK, then=Value(2)), default=Value(1)))
            .order_by("proximity", "name")
        )

    def near(self, municipality):
        """Those in the municipality first, then elsewhere in its province, then the national ones."""
        in_place = Q(place__unaccent__iexact=municipality.name) | Q(place__unaccent__iexact=municipality.plain_name)
        return (
            self.filter(in_place | Q(province=municipality.province) | Q(province=Province.LANDELIJK))
            .annotate(
                proximity=Case(
                    When(in_place, then=Value(0)),
                    When(province=Province.LANDELIJK, then=Value(2)),
                    default=Value(1),
                )
            )
            .order_by("proximity", "name")
        )

    def similar_names(self, name, threshold=0.5):
        """Published coöperaties whose name looks much like ``name`` (trigrams, accents ignored)."""
        plain = normalise(name)
        if not plain:
            return self.none()
        return (
            self.published()
            .annotate(similarity=TrigramSimilarity(ImmutableUnaccent(Lower("name")), plain))
            .filter(similarity__gte=threshold)
            .order_by("-similarity", "name")
        )

    def due_for_check(self, *, now, interval_days):
        """Published, with a contact address, not confirmed or asked within the interval."""
        cutoff = now - datetime.timedelta(days=interval_days)
        return (
            self.published()
            .exclude(contact_address="")
            .filter(Q(last_verified__isnull=True) | Q(last_verified__lte=cutoff.date()))
            .filter(Q(check_sent_at__isnull=True) | Q(check_sent_at__lte=cutoff))
        )

    def not_recently_verified(self, *, now, answer_days):
        """Asked whether their profile is still right, and no answer within ``answer_days``: neither
        'klopt nog' nor changes or 'bestaan niet meer' sent since the question."""
        # Through the relation rather than an import of upkeep.py, which defines ChangeRequest after this model.
        change_requests = self.model._meta.get_field("change_requests").related_model.objects
        answered = change_requests.filter(cooperatie=OuterRef("pk"), created__gte=OuterRef("check_sent_at"))
        return self.published().filter(
            Q(last_verified__isnull=True) | Q(last_verified__lt=TruncDate(F("check_sent_at"))),
            ~Exists(answered),
            check_sent_at__lte=now - datetime.timedelta(days=answer_days),
        )


class Cooperatie(Versioned):
    privacy = Personal(
        fields={
            "submitter_name": _("de naam van wie de coöperatie aanmeldde"),
            "submitter_email": _("het e-mailadres van wie de coöperatie aanmeldde"),
            "contact_address": _("het contactadres van de coöperatie, voor de link om het profiel bij te werken"),
        },
        purpose=_(
            "Zodat het secretariaat vragen kan stellen over de aanmelding, en de coöperatie haar profiel "
            "zelf kan bijwerken."
        ),
        seen_by=_("Alleen het secretariaat; nooit op de website of in een export."),
        retention="proposer",
        owner_email="submitter_email",
        # The contact address stays as long as the profile: it is how the profile is kept current.
        extra_retention=("public_profile",),
    )

    class Status(models.TextChoices):
        # The order matters: the admin lists new proposals first.
        VOORGESTELD = "voorgesteld", _("Voorgesteld")
        GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")
        GEARCHIVEERD = "gearchiveerd", _("Gearchiveerd")

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam in de link"), max_length=200, unique=True)
    summary = models.CharField(
        _("korte beschrijving"), max_length=300, help_text=_("Eén of twee zinnen in gewone taal.")
    )
    description = models.TextField(
        _("wat drijft de coöperatie en hoe werkt zij"), blank=True, help_text=_("Een langere tekst. Mag leeg blijven.")
    )
    place = models.CharField(_("plaats (gemeente)"), max_length=100, blank=True)
    province = models.CharField(_("provincie"), max_length=20, choices=Province.choices, blank=True)
    founding_year = models.PositiveSmallIntegerField(_("opgericht in (jaar)"), null=True, blank=True)
    legal_form = models.CharField(_("rechtsvorm"), max_length=20, choices=LegalForm.choices, blank=True)
    domains = models.ManyToManyField(
        Domain, blank=True, related_name="cooperaties", verbose_name=_("domeinen van bestaanszekerheid")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="cooperaties", verbose_name=_("thema's om ervaring over uit te wisselen")
    )
    open_to_members = models.BooleanField(
        _("staat open voor nieuwe leden"), null=True, blank=True, help_text=_("Leeg als we het niet weten.")
    )
    website = models.URLField(_("website"), blank=True, validators=[validate_web_url])
    contact_email = models.EmailField(_("openbaar e-mailadres"), blank=True)
    phone = models.CharField(_("openbaar telefoonnummer"), max_length=40, blank=True)
    image = models.ImageField(_("afbeelding"), upload_to="cooperaties/", blank=True)
    image_alt = models.CharField(
        _("beschrijving van de afbeelding"),
        max_length=200,
        blank=True,
        help_text=_("Voor wie de afbeelding niet ziet."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.VOORGESTELD)
    last_verified = models.DateField(_("laatst bevestigd op"), null=True, blank=True)
    # Known only to the secretariat: where the edit link and the yearly check go.
    contact_address = models.EmailField(
        _("contactadres (alleen voor het secretariaat)"),
        blank=True,
        help_text=_("Hierheen gaan de link om het profiel bij te werken en de jaarlijkse controle. Nooit openbaar."),
    )
    check_sent_at = models.DateTimeField(_("controlevraag verstuurd op"), null=True, blank=True)
    # Raised by every change request made through a signed link: the links made before stop working
    # (profile_links.py). Nothing public shows it, so its update() needs no new content version.
    link_generation = models.PositiveIntegerField(_("linkgeneratie"), default=0, editable=False)
    decline_reason = models.TextField(
        _("reden van afwijzing"),
        blank=True,
        help_text=_("Vul dit in voordat u een aanmelding afwijst. Het staat in de mail aan wie haar aanmeldde."),
    )
    # Who proposed it: for the secretariat only, never shown or exported.
    submitter_name = models.CharField(_("aangemeld door (naam)"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("aangemeld door (e-mail)"), blank=True)
    created = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    # When the secretariat published or archived the proposal: the proposer's details go 90 days later.
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    # Kept by PostgreSQL itself (a stored generated column), so bulk_create and raw
    # updates can never leave the search index stale.
    search_vector = models.GeneratedField(
        expression=SearchVector("name", weight="A", config=SEARCH_CONFIG)
        + SearchVector("place", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector("description", weight="C", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    # Lower-case name and place without accents, for typo-tolerant trigram matching.
    search_name = models.GeneratedField(
        expression=ImmutableUnaccent(
            models.functions.Lower(models.functions.Concat("name", models.Value(" "), "place"))
        ),
        output_field=models.TextField(),
        db_persist=True,
    )

    objects = CooperatieQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("coöperatie")
        verbose_name_plural = _("coöperaties")
        indexes = [
            # fastupdate off: the directory changes rarely, so keep the GIN indexes always complete
            # instead of a pending list that makes the planner shy of them until the next vacuum.
            GinIndex(fields=["search_vector"], name="coop_search_vector_gin", fastupdate=False),
            GinIndex(OpClass("search_name", name="gin_trgm_ops"), name="coop_search_name_trgm", fastupdate=False),
            models.Index(fields=["status", "name"], name="coop_status_name"),
            # The home page's newest published coöperaties, without sorting the whole directory.
            models.Index(
                models.F("decided_at").desc(nulls_last=True),
                models.F("created").desc(),
                condition=models.Q(status="gepubliceerd"),
                name="coop_newest_published",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(founding_year__isnull=True) | Q(founding_year__gte=1800, founding_year__lte=2100),
                name="coop_founding_year_plausible",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="coop_name_not_empty"),
            models.CheckConstraint(
                condition=Q(status__in=["voorgesteld", "gepubliceerd", "gearchiveerd"]), name="coop_status_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.status != self.Status.VOORGESTELD and self.decided_at is None:
            self.decided_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("cooperaties:cooperatie-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.status == self.Status.GEPUBLICEERD

    @property
    def publishes_a_contact(self):
        """Whether the coöperatie made a website, e-mail address or phone number public."""
        return bool(self.website or self.contact_email or self.phone)

    @property
    def relays_directly(self):
        """Whether a visitor's message goes straight to the coöperatie (its private address is known) rather
        than to the secretariat, which forwards it. Pages say which, never the address."""
        return bool(self.contact_address)

    @property
    def is_national(self):
        """Active in all of the Netherlands rather than in one province."""
        return self.province == Province.LANDELIJK

    @property
    def card(self):
        """What its card in a list shows, as plain values: {% cache %} keeps a card per version of them.
        The domains come from ``for_list()``'s prefetch."""
        return {
            "name": self.name,
            "url": self.get_absolute_url(),
            "place": self.place,
            "province": Province(self.province).label if self.province in Province.values else self.province,
            "summary": self.summary,
            "domains": tuple(domain.name for domain in self.domains.all()),
            "proximity": getattr(self, "proximity", None),
        }
