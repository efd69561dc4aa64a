"""The programme of an event: its speakers and workshops."""

from django.db import models
from django.db.models import Count, Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import Personal

from .events import SEAT_STATUSES, Event, seats_left_of


class Speaker(Versioned):
    objects = ContentQuerySet.as_manager()

    privacy = Personal(
        fields={"name": _("de naam van een spreker"), "role": _("de functie van de spreker")},
        purpose=_("Het programma van een bijeenkomst."),
        seen_by=_("Iedereen: het staat bij de activiteit."),
        retention="public_role",
    )

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="speakers", verbose_name=_("activiteit"))
    name = models.CharField(_("naam"), max_length=200)
    role = models.CharField(_("functie of organisatie"), max_length=200, blank=True)
    talk_title = models.CharField(_("titel van de bijdrage"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("spreker")
        verbose_name_plural = _("sprekers")
        constraints = [models.UniqueConstraint(fields=["event", "name"], name="speaker_once_per_event")]

    def __str__(self):
        return self.name


class WorkshopQuerySet(ContentQuerySet):
    def with_seats_taken(self):
        return self.annotate(seats_taken=Count("registrations", filter=Q(registrations__status__in=SEAT_STATUSES)))

    def choices_for(self, event):
        """The event's workshops with their seats taken, as every registration form offers them (visitor, member,
        contact person, secretariat); None when the event has none. The check is a plain EXISTS, not the
        counted query: on a registration, the form then asks only for the one workshop chosen."""
        workshops = self.filter(event=event)
        return workshops.with_seats_taken() if workshops.exists() else None

    def with_waiting(self):
        return self.annotate(waiting=Count("registrations", filter=Q(registrations__status="wachtlijst")))

    def with_reports(self):
        return self.exclude(report="").filter(event__is_public=True, event__published_at__isnull=False)

    def newsletter_candidates(self, search=""):
        """Workgroup reports (verslagen) of public events, found by the workgroup's title or the report's words."""
        return (
            self.with_reports()
            .filter(Q(title__icontains=search) | Q(report__icontains=search) | Q(event__title__icontains=search))
            .select_related("event")
            .order_by("-event__year", "event__title", "order")
        )


class Workshop(Versioned):
    privacy = Personal(
        fields={"leader": _("de naam van wie de werkgroep leidt")},
        purpose=_("Het programma van een bijeenkomst."),
        seen_by=_("Iedereen: het staat bij de activiteit."),
        retention="public_role",
    )

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="workshops", verbose_name=_("activiteit"))
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    leader = models.CharField(_("begeleiding"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True, help_text=_("Leeg: geen maximum.")
    )
    time_slot = models.CharField(_("tijdvak"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: middag."))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    report = models.TextField(
        _("verslag"), blank=True, help_text=_("Na de activiteit: een kort verslag van wat de werkgroep opleverde.")
    )
    report_source = models.CharField(_("bron van het verslag"), max_length=300, blank=True)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("werkgroep")
        verbose_name_plural = _("werkgroepen")
        constraints = [
            models.UniqueConstraint(fields=["event", "title"], name="workshop_title_once_per_event"),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gt=0), name="workshop_capacity_positive"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.event.get_absolute_url() + f"#werkgroep-{self.pk}"

    @property
    def newsletter_text(self):
        """A workgroup's report in the newsletter says which day it comes from."""
        return _("Verslag van de werkgroep op %(event)s: %(report)s") % {
            "event": self.event.title,
            "report": Truncator(self.report).words(60),
        }

    @property
    def seats_left(self):
        """Needs ``with_seats_taken()``. None means no maximum."""
        return seats_left_of(self.capacity, self.seats_taken)

    def count_seats_left(self):
        """Counted now, for one workshop: a service that holds the event's row lock."""
        return seats_left_of(self.capacity, self.registrations.filter(status__in=SEAT_STATUSES).count())
