"""Writes with side effects: a question or offer sent through a coöperatie's link, the secretariat's decisions
about it, and mailing the links. The admin's list actions and its change form call the same functions."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cooperaties import profile_links
from cooperaties.models import Cooperatie
from portal import ratelimit
from portal.locking import locking_transaction
from portal.mail import send_templated

from .models import Posting

# A coöperatie posts a few questions or offers at once; more through one link in an hour is a flood.
POSTINGS_PER_HOUR = 10
RATE_WINDOW_SECONDS = 60 * 60
POSTING_FIELDS = ("kind", "title", "text", "theme", "province", "ends_on")


class PostingRateLimited(Exception):
    """Too many postings for one coöperatie in the last hour."""


def _reply_to_secretariaat():
    return {"Reply-To": settings.SECRETARIAAT_EMAIL}


def submit_posting(*, cooperatie, data):
    """Save a question or offer as waiting for the secretariat, and tell the secretariat."""
    if not ratelimit.allow(
        scope="posting", who=str(cooperatie.pk), limit=POSTINGS_PER_HOUR, period=RATE_WINDOW_SECONDS
    ):
        raise PostingRateLimited
    with transaction.atomic():
        posting = Posting.objects.create(cooperatie=cooperatie, **{field: data[field] for field in POSTING_FIELDS})
        send_templated(
            template="vraagaanbod/email/new_posting", to=settings.SECRETARIAAT_EMAIL, context={"posting": posting}
        )
    return posting


@locking_transaction()
def publish_posting(*, postings, notify):
    """Put the postings on the website; with ``notify`` each coöperatie with a contact address hears of it."""
    return _decide(postings, status=Posting.Status.GEPUBLICEERD, template="vraagaanbod/email/published", notify=notify)


@locking_transaction()
def refuse_posting(*, postings, notify):
    """Refuse a waiting posting or take a published one off the website; with ``notify`` the coöperatie is told."""
    return _decide(postings, status=Posting.Status.AFGEWEZEN, template="vraagaanbod/email/refused", notify=notify)


def _decide(postings, *, status, template, notify):
    # Locked in one order, so two decisions on overlapping selections cannot deadlock.
    locked = Posting.objects.filter(pk__in=postings.values("pk")).order_by("pk").select_for_update(of=("self",))
    changing = list(locked.exclude(status=status).select_related("cooperatie"))
    Posting.objects.filter(pk__in=[posting.pk for posting in changing]).update(status=status, decided_at=timezone.now())
    if notify:
        for posting in changing:
            if address := contact_address(posting):
                send_templated(
                    template=template,
                    to=address,
                    context={"posting": posting, "was_published": posting.is_published},
                    headers=_reply_to_secretariaat(),
                )
    return len(changing)


def contact_address(posting):
    """Where the coöperatie hears of decisions: the address the secretariat keeps, never a public one."""
    return posting.cooperatie.contact_address


@locking_transaction()
def send_posting_links(*, cooperaties):
    """Mail each coöperatie (with a contact address) its own link to post questions and offers."""
    days = settings.COOPERATIES_LINK_MAX_AGE_DAYS
    sent = 0
    for cooperatie in (
        Cooperatie.objects.filter(pk__in=cooperaties.values("pk")).published().exclude(contact_address="")
    ):
        send_templated(
            template="vraagaanbod/email/posting_link",
            to=cooperatie.contact_address,
            context={
                "cooperatie": cooperatie,
                "link": profile_links.url(cooperatie, profile_links.POST, days=days),
                "days": days,
            },
            headers=_reply_to_secretariaat(),
        )
        sent += 1
    return sent
