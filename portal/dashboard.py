"""The secretariat's start page in the admin: what waits, how full the next days are, whether mail works.

Each block reads through its app's own QuerySets, in one or two queries.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from procrastinate.contrib.django.models import ProcrastinateJob

from agenda.models import Event, Registration, Workshop
from alliantie.models import Membership
from cooperaties import dashboard as cooperaties_dashboard
from cooperaties.models import Cooperatie
from gemeenten import dashboard as gemeenten_dashboard
from manifest import dashboard as manifest_dashboard
from nieuwsbrief.models import Edition, Subscriber
from portal.admin_tools import changelist_url
from portal.outbox.models import OutgoingMail
from uitwisseling import dashboard as uitwisseling_dashboard
from verhalen.models import Story
from vraagaanbod import dashboard as vraagaanbod_dashboard

UPCOMING_EVENTS = 3


def waiting_decisions():
    return [
        {
            "label": _("Aanvragen om bij een organisatie te horen"),
            "count": Membership.objects.pending().count(),
            "url": changelist_url(Membership, status__exact=Membership.Status.AANGEVRAAGD),
        },
        {
            "label": _("Aangemelde coöperaties"),
            "count": Cooperatie.objects.awaiting_decision().count(),
            "url": changelist_url(Cooperatie, status=Cooperatie.Status.VOORGESTELD),
        },
        {
            "label": _("Ingestuurde verhalen"),
            "count": Story.objects.awaiting_decision().count(),
            "url": changelist_url(Story, status__exact=Story.Status.INGEDIEND),
        },
        # Change requests, corrections and "Niet recent bevestigd" profiles.
        *cooperaties_dashboard.waiting(),
        *vraagaanbod_dashboard.waiting(),
        *uitwisseling_dashboard.waiting(),
        *manifest_dashboard.waiting(),
        *gemeenten_dashboard.waiting(),
    ]


def upcoming_events():
    """The next events with, per workshop, seats taken, free and waiting: two queries."""
    events = list(Event.objects.upcoming().filter(date__isnull=False).with_seat_counts()[:UPCOMING_EVENTS])
    workshops = Workshop.objects.filter(event__in=events).with_seats_taken().with_waiting().order_by("order", "pk")
    by_event = {event.pk: [] for event in events}
    for workshop in workshops:
        by_event[workshop.event_id].append(workshop)
    for event in events:
        event.workshop_rows = by_event[event.pk]
        event.registrations_url = changelist_url(Registration, event__id__exact=event.pk)
    return events


def newsletter():
    counts = Subscriber.objects.counts_by_status()
    return {
        "counts": [
            (label, counts[value], changelist_url(Subscriber, status__exact=value))
            for value, label in Subscriber.Status.choices
        ],
        "next_edition": Edition.objects.filter(published=False).order_by("number").first(),
    }


def mail_health():
    mails = OutgoingMail.objects.aggregate(
        failed=Count("pk", filter=Q(status=OutgoingMail.Status.MISLUKT)),
        waiting=Count("pk", filter=Q(status=OutgoingMail.Status.WACHTEND)),
    )
    return {
        **mails,
        "failed_url": changelist_url(OutgoingMail, status__exact=OutgoingMail.Status.MISLUKT),
        "waiting_url": changelist_url(OutgoingMail, status__exact=OutgoingMail.Status.WACHTEND),
        "failed_jobs": ProcrastinateJob.objects.filter(status="failed").count(),
    }


def context():
    return {
        "waiting_decisions": waiting_decisions(),
        "upcoming_events": upcoming_events(),
        "newsletter": newsletter(),
        "mail_health": mail_health(),
    }
