"""Writes with side effects: subscribing, confirming and unsubscribing, always with a consent record; and
publishing editions in the archive."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.caching import versions
from portal.locking import locking_transaction

from . import emails
from .consent import CONSENT_TEXT_VERSION
from .models import Consent, Edition, Subscriber

# A sign-up repeated within this time (a double click, a form sent again, many at once) adds no consent record
# and sends no mail: the confirmation link sent the first time still works.
CONFIRM_MAIL_INTERVAL = datetime.timedelta(hours=1)


def _locked_subscriber(email):
    return Subscriber.objects.select_for_update().for_email(email).first()


def _get_or_create_locked(*, email, defaults):
    subscriber = _locked_subscriber(email)
    if subscriber is not None:
        return subscriber, False
    try:
        # Two requests for the same new address at once: the unique index decides, the loser reads.
        with transaction.atomic():
            return Subscriber.objects.create(email=email.strip(), **defaults), True
    except IntegrityError:
        return _locked_subscriber(email), False


@locking_transaction()
def request_subscription(*, email, name="", organisation="", source=""):
    """Start a double opt-in. The caller shows the same answer whether the address was known or not."""
    subscriber, created = _get_or_create_locked(email=email, defaults={"name": name, "organisation": organisation})
    if subscriber.status == Subscriber.Status.CONFIRMED:
        # Nothing to confirm; tell the owner of the address, not the person who filled in the form.
        emails.send_already_subscribed_mail(subscriber)
        return
    if not created:
        # Someone else may type this address: only fill what is empty, never overwrite.
        subscriber.name = subscriber.name or name
        subscriber.organisation = subscriber.organisation or organisation
        subscriber.save(update_fields=["name", "organisation", "updated"])
        # The subscriber row is locked: a parallel sign-up for this address waits here and then sees this one.
        if subscriber.consents.awaiting_confirmation(since=timezone.now() - CONFIRM_MAIL_INTERVAL).exists():
            return
    consent = Consent.objects.create(
        subscriber=subscriber,
        method=Consent.Method.DOUBLE_OPT_IN,
        source=source[:500],
        text_version=CONSENT_TEXT_VERSION,
    )
    emails.send_confirm_mail(consent)


@locking_transaction()
def confirm_subscription(*, consent_id):
    """Confirm the consent behind a link. None when it no longer applies (withdrawn, unknown)."""
    consent = Consent.objects.select_for_update().select_related("subscriber").filter(pk=consent_id).first()
    if consent is None or consent.withdrawn_at is not None:
        return None
    subscriber = Subscriber.objects.select_for_update().get(pk=consent.subscriber_id)
    now = timezone.now()
    if consent.confirmed_at is None:
        consent.confirmed_at = now
        consent.save(update_fields=["confirmed_at"])
    if subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = now
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "updated"])
    return subscriber


@locking_transaction()
def unsubscribe(*, subscriber_id):
    """Unsubscribe and withdraw every open consent. Doing it twice changes nothing more."""
    subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
    if subscriber is None:
        return None
    now = timezone.now()
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = now
        subscriber.save(update_fields=["status", "unsubscribed_at", "updated"])
    subscriber.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    return subscriber


@locking_transaction()
def forget_subscriber(*, subscriber_id):
    """Erase on request: the subscription ends as with unsubscribing, and of the person only the address stays,
    so that nothing is sent to it again (the retention rule "subscriber")."""
    subscriber = unsubscribe(subscriber_id=subscriber_id)
    if subscriber is not None:
        Subscriber.objects.filter(pk=subscriber.pk).update(name="", organisation="", user=None)
    return subscriber


@locking_transaction()
def subscribe_member(*, user, organisation="", source=""):
    """A logged-in member's address is verified already (allauth): no e-mail round trip needed."""
    subscriber, _created = _get_or_create_locked(
        email=user.email, defaults={"name": user.get_full_name(), "organisation": organisation, "user": user}
    )
    if subscriber.user_id is None:
        subscriber.user = user
        subscriber.save(update_fields=["user", "updated"])
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber
    now = timezone.now()
    Consent.objects.create(
        subscriber=subscriber,
        method=Consent.Method.MEMBER,
        source=source[:500],
        text_version=CONSENT_TEXT_VERSION,
        confirmed_at=now,
    )
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "updated"])
    return subscriber


def unsubscribe_member(*, user):
    subscriber = Subscriber.objects.for_email(user.email).first()
    if subscriber is None:
        return None
    return unsubscribe(subscriber_id=subscriber.pk)


@locking_transaction()
def import_unsubscribes(*, addresses):
    """Addresses unsubscribed in the mailing service become unsubscribed here, withdrawal recorded.

    Returns how many matched a subscriber, were unsubscribed already, and were unknown here.
    """
    summary = {"afgemeld": 0, "al_afgemeld": 0, "onbekend": 0}
    for address in dict.fromkeys(address.strip().lower() for address in addresses):
        subscriber = Subscriber.objects.for_email(address).first()
        if subscriber is None:
            summary["onbekend"] += 1
        elif subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            summary["al_afgemeld"] += 1
        else:
            unsubscribe(subscriber_id=subscriber.pk)
            summary["afgemeld"] += 1
    return summary


@locking_transaction()
def publish_editions(*, editions):
    """Show the editions in the public archive; returns how many were not there yet."""
    publishing = list(Edition.objects.filter(pk__in=editions.values("pk"), published=False).select_for_update())
    # One save each, not one UPDATE for all: the audit trail records each decision. One cache bump for all.
    with versions.batched():
        for edition in publishing:
            edition.published = True
            edition.save(update_fields=["published"])
    return len(publishing)
