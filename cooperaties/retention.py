"""Retention jobs of the coöperaties (rules: portal/privacy.py)."""

import datetime

from django.db.models import Q

from portal.privacy import days

from .models import ChangeRequest, Cooperatie, CorrectionReport, Message


def erase_proposers(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("proposers"))
    rows = Cooperatie.objects.filter(decided_at__lt=cutoff).filter(~Q(submitter_name="") | ~Q(submitter_email=""))
    return rows.count() if dry_run else rows.update(submitter_name="", submitter_email="")


def erase_reporters(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("reporters"))
    rows = CorrectionReport.objects.filter(created__lt=cutoff).exclude(contact="")
    return rows.count() if dry_run else rows.update(contact="")


def erase_decided_change_requests(*, now, dry_run):
    """A decided change was applied or refused: its proposed details and note are no longer needed."""
    cutoff = now - datetime.timedelta(days=days("proposers"))
    rows = ChangeRequest.objects.filter(decided_at__lt=cutoff).filter(~Q(data={}) | ~Q(note=""))
    return rows.count() if dry_run else rows.update(data={}, note="")


def erase_relayed_messages(*, now, dry_run):
    """A message was relayed long ago: whether it arrived is no longer asked, so it goes whole."""
    cutoff = now - datetime.timedelta(days=days("relayed_messages"))
    rows = Message.objects.filter(created__lt=cutoff)
    return rows.count() if dry_run else rows.delete()[0]
