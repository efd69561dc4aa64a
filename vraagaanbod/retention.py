"""Retention job of vraag en aanbod (rule "posting" in portal/privacy.py)."""

import datetime

from django.db.models import Q
from django.utils import timezone

from portal.privacy import days

from .models import Posting


def erase_ended_postings(*, now, dry_run):
    """A posting goes the period after its end date, whatever its status; a refused one the period after the
    decision."""
    period = datetime.timedelta(days=days("postings"))
    old = Posting.objects.filter(
        Q(ends_on__lt=timezone.localdate(now) - period)
        | Q(status=Posting.Status.AFGEWEZEN, decided_at__lt=now - period)
    )
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted
