"""Retention job of the outgoing mail (rules: portal/privacy.py)."""

import datetime

from django.db.models import Q

from portal.outbox.models import OutgoingMail
from portal.privacy import days


def erase_old_mail(*, now, dry_run):
    sent_cutoff = now - datetime.timedelta(days=days("sent_mail"))
    failed_cutoff = now - datetime.timedelta(days=days("failed_mail"))
    old = OutgoingMail.objects.filter(
        Q(status=OutgoingMail.Status.VERSTUURD, sent_at__lt=sent_cutoff)
        | Q(status=OutgoingMail.Status.MISLUKT, created__lt=failed_cutoff)
    )
    return old.count() if dry_run else old.delete()[1].get(OutgoingMail._meta.label, 0)
