"""Retention jobs of the newsletter (rules: portal/privacy.py)."""

import datetime

from django.db.models import Q

from portal.privacy import days

from .models import Consent, Subscriber


def erase_unconfirmed_and_unsubscribed(*, now, dry_run):
    """Unconfirmed sign-ups go; of an unsubscribed address only what keeps it suppressed stays."""
    cutoff = now - datetime.timedelta(days=days("unconfirmed_subscriptions"))
    pending = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created__lt=cutoff)
    unsubscribed = Subscriber.objects.filter(status=Subscriber.Status.UNSUBSCRIBED).filter(
        ~Q(name="") | ~Q(organisation="") | Q(user__isnull=False)
    )
    if dry_run:
        return pending.count() + unsubscribed.count()
    return pending.delete()[1].get(Subscriber._meta.label, 0) + unsubscribed.update(name="", organisation="", user=None)


def erase_old_consent_proof(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("consent_proof"))
    old = Consent.objects.filter(withdrawn_at__lt=cutoff)
    return old.count() if dry_run else old.delete()[1].get(Consent._meta.label, 0)
