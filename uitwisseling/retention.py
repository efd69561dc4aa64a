"""Retention job of the exchange (rule "exchange_answer" in portal/privacy.py). A coöperatie's answers go with
its profile (the foreign key cascades); a refused answer is no longer needed after the period."""

import datetime

from portal.privacy import days

from .models import Answer


def erase_refused_answers(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("refused_answers"))
    rows = Answer.objects.filter(status=Answer.Status.AFGEWEZEN, decided_at__lt=cutoff)
    return rows.count() if dry_run else rows.delete()[1].get(Answer._meta.label, 0)
