"""Writes by the secretariat (the admin's bulk actions)."""

from django.db import transaction

from .models import Publication


@transaction.atomic
def set_status(*, publications, status):
    """Publish or take back a set of publications; returns how many changed."""
    if status not in Publication.Status.values:
        raise ValueError(status)
    return publications.exclude(status=status).update(status=status)
