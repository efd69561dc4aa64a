"""Events: Alliantiedagen and other meetings (their programme: programme.py)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Count, Q, Value, When
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from alliantie.models import Membership
from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import Personal

# Paths under /agenda/ that are pages of their own, so no event may take them as its slug.
# Fixed paths in agenda/urls.py that an event slug would shadow.
RESERVED_SLUGS = {"mijn-aanmeldingen", "onze-organisatie", "regio", "stemming"}

# What the portal says of an event whose place is not known yet (page, lists, .ics, JSON-LD).
PLACE_TO_FOLLOW = _("Plaats volgt")

# Seats are taken by these statuses; a waiting or cancelled registration takes none.
SEAT_STATUSES = ("bevestigd", "aanwezig")


def seats_left_of(capacity, taken):
    """The one rule for free seats: None means no maximum; more people than seats (the secretariat lowered
    the capacity) leaves 0, never a negative number."""
    if capacity is None:
        return None
    return max(capacity - taken, 0)


def _is_upcoming(today, via=""):
    """Dated events from today on, and undated ones of this year or later ("najaar 2026")."""
    return Q(**{f"{via}date__gte": today}) | Q(**{f"{via}date__isnull": True, f"{via}year__gte": today.year})


def _is_past(today, via=""):
    return Q(**{f"{via}date__lt": today}) | Q(**{f"{via}date__isnull": True, f"{via}year__lt": today.year})


# How each part of the agenda is sorted, as (field, descending): the soonest on top, then the latest on top.
UPCOMING_ORDER = (("date", False), ("start_time", False), ("title", False))
PAST_ORDER = (("year", True), ("date", True), ("title", False))


def _ordered(fields, when=None, via=""):
    """Undated events after the dated ones; with ``when``, the fields count only for the rows it matches."""
    for name, descending in fields:
        value = models.F(via + name) if when is None else Case(When(when, then=models.F(via + name)))
        yield value.desc(nulls_last=True) if descending else value.asc(nulls_last=True)


class EventQuerySet(ContentQuerySet):
    def published(self):
        """Drafts are seen only in the admin (and, by the secretariat, on their own page as a preview)."""
        return self.filter(published_at__isnull=False)

    def drafts(self):
        return self.filter(published_at__isnull=True)

    def public(self):
        return self.published().filter(is_public=True)

    def upcoming(self, today=None):
        """Dated events from today on, then undated ones of this year or later ("najaar 2026")."""
        return self.filter(_is_upcoming(today or timezone.localdate())).order_by(*_ordered(UPCOMING_ORDER))

    def past(self, today=None):
        return self.filter(_is_past(today or timezone.localdate())).order_by(*_ordered(PAST_ORDER))

    @staticmethod
    def agenda_ordering(today=None, via=""):
        """One list sorted as the agenda shows its two parts: what is upcoming first, then the past. Plain
        expressions, no annotations, so that any list of events can sort by them (the admin's filters too);
        ``via="event__"`` sorts rows of another model by their event."""
        today = today or timezone.localdate()
        past_last = Case(When(_is_past(today, via), then=Value(1)), default=Value(0))
        return [
            past_last.asc(),
            *_ordered(UPCOMING_ORDER, when=_is_upcoming(today, via), via=via),
            *_ordered(PAST_ORDER, when=_is_past(today, via), via=via),
        ]

    def with_related(self):
        return self.select_related("host")

    def newsletter_candidates(self, search=""):
        """What the newsletter may propose: public, real events still to come (by title)."""
        return self.public().upcoming().filter(is_example=False, title__icontains=search)

    def visible_to(self, user):
        """Members-only events are shown to approved members and the secretariat."""
        return self.published() if self.shows_members_only_to(user) else self.public()

    @staticmethod
    def shows_members_only_to(user):
        return getattr(user, "is_staff", False) or Membership.objects.approved_for(user) is not None

    def with_seat_counts(self):
        """``seated`` and ``waiting`` per event, in the same query."""
        return self.annotate(
            seated=Count("registrations", filter=Q(registrations__status__in=SEAT_STATUSES)),
            waiting=Count("registrations", filter=Q(registrations__status="wachtlijst")),
        )

    def regions(self):
        return self.exclude(region="").order_by("region").values_list("region", flat=True).distinct()

    def near(self, municipality):
        """Events in the municipality, elsewhere in its province, or of a region named after its province."""
        in_province = municipality.__class__.objects.filter(province=municipality.province)
        return self.filter(
            Q(city__unaccent__iexact=municipality.plain_name)
            | Q(city__unaccent__iexact=municipality.name)
            | Q(city__in=in_province.values("plain_name"))
            | Q(region__unaccent__iexact=municipality.get_province_display())
        )


class Event(Versioned):
    privacy = Personal(
        fields={"speaker_names": _("de namen van de sprekers, overgenomen voor het zoeken")},
        purpose=_("Een activiteit vinden op de naam van een spreker."),
        seen_by=_("Iedereen: de namen staan bij de activiteit."),
        retention="public_role",
    )

    class Kind(models.TextChoices):
        ALLIANTIEDAG = "alliantiedag", _("Alliantiedag")
        AGENDACOMMISSIE = "agendacommissie", _("Agendacommissie")
        OVERLEG_BEWINDSPERSOON = "overleg_bewindspersoon", _("Overleg met bewindspersoon")
        BIJEENKOMST = "bijeenkomst", _("Bijeenkomst")

    class Status(models.TextChoices):
        GEPLAND = "gepland", _("Gepland")
        AFGELAST = "afgelast", _("Afgelast")
        VERPLAATST = "verplaatst", _("Verplaatst")

    class Audience(models.TextChoices):
        IEDEREEN = "iedereen", _("Iedereen: ook mensen zonder account of lid-organisatie")
        LEDEN = "leden", _("Alleen leden van lid-organisaties")

    class WorkshopChoice(models.TextChoices):
        DIRECT = "direct", _("Direct: wie zich eerst aanmeldt, heeft de plaats")
        VOORKEUREN = "voorkeuren", _("Voorkeuren: eerlijk indelen na de sluitdatum")

    kind = models.CharField(_("soort"), max_length=30, choices=Kind.choices, default=Kind.BIJEENKOMST)
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("korte naam in de link"), max_length=200, unique=True)
    motto = models.CharField(_("motto"), max_length=200, blank=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    # Sources sometimes give only "najaar 2014"; a made-up date would be worse than none.
    approximate_date = models.CharField(
        _("datum bij benadering"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: najaar 2014.")
    )
    # Lets undated events ("najaar 2014") sort under their year; filled from the date when there is one.
    year = models.PositiveSmallIntegerField(
        _("jaar"), blank=True, help_text=_("Bij een datum wordt het jaar daaruit overgenomen.")
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    venue = models.CharField(_("locatie"), max_length=200, blank=True)
    region = models.CharField(_("regio"), max_length=100, blank=True)
    host = models.ForeignKey(
        "alliantie.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_events",
        verbose_name=_("organiserende lid-organisatie"),
    )
    # For hosts that are not (or not yet) a member organisation in the portal.
    host_name = models.CharField(_("organisator (tekst)"), max_length=200, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    is_public = models.BooleanField(
        _("openbaar"),
        default=True,
        help_text=_("Uit: na publiceren alleen zichtbaar voor ingelogde leden."),
    )
    # The regional Alliantiedagen were meetings of the people the network is for: open to everyone by default.
    audience = models.CharField(
        _("wie kan zich aanmelden"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.IEDEREEN,
        help_text=_("Iedereen: aanmelden met naam en e-mailadres of telefoonnummer, zonder account."),
    )
    # Empty: a draft (pretix's "shop not live"). Set only by services.publish, after its checklist.
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True, editable=False)
    registration_opens = models.DateTimeField(_("aanmelden kan vanaf"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("aanmelden kan tot"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True, help_text=_("Leeg: geen maximum.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.GEPLAND)
    workshop_choice = models.CharField(
        _("werkgroep kiezen"),
        max_length=20,
        choices=WorkshopChoice.choices,
        default=WorkshopChoice.DIRECT,
        help_text=_(
            "Voorkeuren: leden geven tot de sluitdatum een 1e, 2e en 3e keus; daarna deelt de portal eerlijk in."
        ),
    )
    preference_deadline = models.DateTimeField(_("voorkeuren opgeven kan tot"), null=True, blank=True)
    # Published with the outcome, so anyone can redo the draw (agenda/allocation.py).
    allocation_seed = models.CharField(_("toevalsgetal van de indeling"), max_length=64, blank=True, editable=False)
    allocated_at = models.DateTimeField(_("ingedeeld op"), null=True, blank=True, editable=False)
    is_example = models.BooleanField(
        _("voorbeeld"), default=False, help_text=_("Alleen voor ontwikkeling: een voorbeeld om aanmelden te proberen.")
    )
    created = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    # The speakers' names from their own table, kept by the database itself (triggers of migration 0017: a
    # speaker added, renamed, reordered, moved or removed, and any write of the event, from a stale copy in
    # memory or not), so the site search reads one stored vector here as it does for every other kind.
    speaker_names = models.TextField(_("sprekers"), blank=True, default="", db_default="", editable=False)
    search_vector = stored_vector(
        ("title", "A"), ("motto", "A"), ("city", "A"), ("speaker_names", "A"), ("venue", "B"), ("description", "C")
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").asc(nulls_last=True), "start_time", "title"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        indexes = [models.Index(fields=["date"]), models.Index(fields=["year"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(date__isnull=True) | Q(year=ExtractYear("date")), name="event_year_matches_date"
            ),
            models.CheckConstraint(
                condition=Q(start_time__isnull=True)
                | Q(end_time__isnull=True)
                | Q(end_time__gt=models.F("start_time")),
                name="event_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(registration_opens__isnull=True)
                | Q(registration_closes__isnull=True)
                | Q(registration_closes__gt=models.F("registration_opens")),
                name="event_registration_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gt=0), name="event_capacity_positive"
            ),
            models.CheckConstraint(
                condition=~Q(workshop_choice="voorkeuren") | Q(preference_deadline__isnull=False),
                name="event_preferences_need_deadline",
            ),
        ]

    def __str__(self):
        # With its date: in filters and choice lists several events share a title (Agendacommissie).
        when = self.date.strftime("%d-%m-%Y") if self.date else (self.approximate_date or self.year or "")
        return f"{self.title} ({when})" if when else self.title

    def get_absolute_url(self):
        return reverse("agenda:event-detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Deze korte naam is al in gebruik door de website. Kies een andere.")
        if self.date:
            self.year = self.date.year
        elif not self.year:
            errors["year"] = _("Vul een datum of in elk geval het jaar in.")
        if self.workshop_choice == self.WorkshopChoice.VOORKEUREN and not self.preference_deadline:
            errors["preference_deadline"] = _("Vul in tot wanneer leden hun voorkeuren kunnen opgeven.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.date:
            self.year = self.date.year
        super().save(*args, **kwargs)

    @property
    def newsletter_text(self):
        """When and where first, then what: a newsletter item about an event."""
        when = date_format(self.date, "l j F Y") if self.date else str(self.date_label or "")
        if self.start_time:
            when += f", {self.start_time:%H.%M}" + (f"–{self.end_time:%H.%M}" if self.end_time else "") + " uur"
        where = ", ".join(part for part in (self.venue, self.city) if part)
        lines = [f"{when}{', ' + where if where else ''}."]
        if self.description:
            lines.append(Truncator(self.description).words(50))
        return "\n".join(lines)

    @property
    def has_place(self):
        return bool(self.venue or self.city)

    @property
    def place_label(self):
        """Where, as every page, list, feed and mail says it: never empty, never invented."""
        if not self.has_place:
            return str(PLACE_TO_FOLLOW)
        return ", ".join(part for part in (self.venue, self.city) if part)

    @property
    def host_label(self):
        return self.host.name if self.host_id else self.host_name

    @property
    def date_label(self):
        """What to show for the date: never an invented one."""
        if self.date:
            return None
        return self.approximate_date or _("Datum nog niet bekend")

    @property
    def starts_at(self):
        """The start as an aware datetime, or None without a date. No start time: the start of the day."""
        if not self.date:
            return None
        naive = datetime.datetime.combine(self.date, self.start_time or datetime.time.min)
        return timezone.make_aware(naive, timezone.get_default_timezone())

    @property
    def ends_at(self):
        if not self.date or not self.end_time:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.date, self.end_time), timezone.get_default_timezone())

    def has_started(self, now=None):
        starts = self.starts_at
        return starts is not None and (now or timezone.now()) >= starts

    @property
    def open_to_everyone(self):
        return self.audience == self.Audience.IEDEREEN and self.is_public

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        return (
            self.status != self.Status.AFGELAST
            and self.is_published
            and self.registration_opens is not None
            and self.registration_opens <= now
            and (self.registration_closes is None or now < self.registration_closes)
            and self.starts_at is not None
            and not self.has_started(now)
        )

    @property
    def is_published(self):
        return self.published_at is not None

    @property
    def uses_preferences(self):
        return self.workshop_choice == self.WorkshopChoice.VOORKEUREN

    def collects_preferences(self, now=None):
        """Members rank workshops instead of taking a seat: until the deadline, before the draw."""
        return (
            self.uses_preferences
            and self.allocated_at is None
            and self.preference_deadline is not None
            and (now or timezone.now()) < self.preference_deadline
        )

    def registration_not_yet_open(self, now=None):
        now = now or timezone.now()
        return self.registration_opens is not None and now < self.registration_opens

    @property
    def seats_left(self):
        """Needs ``with_seat_counts()``. None means no maximum."""
        return seats_left_of(self.capacity, self.seated)

    def count_seats_left(self):
        """Counted now, for one event: a service that holds the event's row lock, or the event's page."""
        return seats_left_of(self.capacity, self.registrations.filter(status__in=SEAT_STATUSES).count())
