"""Retention job of the stories (rule "story" in portal/privacy.py)."""

import datetime

from django.db.models import Q

from portal.privacy import days

from .models import Story


def erase_old_stories(*, now, dry_run):
    """A story not published within the period, or withdrawn that long ago, is deleted; of a
    published story only the writer's contact details go after the period (the story stays)."""
    cutoff = now - datetime.timedelta(days=days("stories"))
    stale = Story.objects.filter(
        Q(status=Story.Status.INGEDIEND, created__lt=cutoff)
        | Q(status=Story.Status.INGETROKKEN, withdrawn_at__lt=cutoff)
    )
    contacts = Story.objects.published().filter(published_at__lt=cutoff).exclude(contact="")
    if dry_run:
        return stale.count() + contacts.count()
    deleted, _ = stale.delete()
    return deleted + contacts.update(contact="")
