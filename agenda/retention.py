"""Retention jobs of the agenda (rules: portal/privacy.py)."""

import datetime

from django.db.models import Q
from django.utils import timezone

from portal.privacy import days

from .models import Registration


def _before(now, key):
    return timezone.localdate(now) - datetime.timedelta(days=days(key))


def erase_access_needs(*, now, dry_run):
    """Access needs and dietary wishes can reveal health or religion: gone a month after the event."""
    rows = Registration.objects.filter(event__date__lt=_before(now, "access_needs")).filter(
        ~Q(access_needs="") | ~Q(dietary="")
    )
    return rows.count() if dry_run else rows.update(access_needs="", dietary="")


def anonymise_registrations(*, now, dry_run):
    """The person goes; event, workshop, organisation and status stay, so the counts stay."""
    rows = Registration.objects.filter(event__date__lt=_before(now, "registrations")).filter(
        Q(user__isnull=False)
        | ~Q(guest_name="")
        | ~Q(guest_email="")
        | ~Q(guest_phone="")
        | ~Q(access_code="")
        | Q(registered_by__isnull=False)
    )
    return rows.count() if dry_run else rows.anonymise()
