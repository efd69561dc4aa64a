"""Retention jobs of the project itself: the audit trail, sessions and rate counters (rules: portal/privacy.py)."""

import datetime

from auditlog.models import LogEntry
from django.contrib.sessions.models import Session

from portal.models import RateCounter
from portal.privacy import days


def erase_old_audit_trail(*, now, dry_run):
    old = LogEntry.objects.filter(timestamp__lt=now - datetime.timedelta(days=days("audit_trail")))
    return old.count() if dry_run else old.delete()[1].get(LogEntry._meta.label, 0)


def clear_expired_sessions(*, now, dry_run):
    expired = Session.objects.filter(expire_date__lt=now)
    return expired.count() if dry_run else expired.delete()[1].get(Session._meta.label, 0)


def erase_expired_rate_counters(*, now, dry_run):
    # One DELETE with the condition in it: a counter that a request renews meanwhile no longer matches and stays.
    expired = RateCounter.objects.filter(window_ends_at__lte=now)
    return expired.count() if dry_run else expired.delete()[1].get(RateCounter._meta.label, 0)
