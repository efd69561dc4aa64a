"""Writes by the secretariat (the admin's bulk actions)."""

from django.db import transaction

from portal import page_cache

from .models import Publication


@transaction.atomic
def set_status(*, publications, status):
    """Publish or take back a set of publications; returns how many changed."""
    if status not in Publication.Status.values:
        raise ValueError(status)
    changed = publications.exclude(status=status).update(status=status)
    # update() sends no save signal; the public pages must show the change at once.
    page_cache.bump_now_and_after_commit()
    return changed
