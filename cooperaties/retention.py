"""Retention jobs of the coöperaties (rules: alliantie/privacy.py)."""

import datetime

from django.db.models import Q

from alliantie.privacy import days

from .models import Cooperatie


def erase_proposers(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("proposers"))
    rows = Cooperatie.objects.filter(decided_at__lt=cutoff).filter(~Q(submitter_name="") | ~Q(submitter_email=""))
    return rows.count() if dry_run else rows.update(submitter_name="", submitter_email="")


def erase_reporters(*, now, dry_run):
    from .models import CorrectionReport

    cutoff = now - datetime.timedelta(days=days("reporters"))
    rows = CorrectionReport.objects.filter(created__lt=cutoff).exclude(contact="")
    return rows.count() if dry_run else rows.update(contact="")
