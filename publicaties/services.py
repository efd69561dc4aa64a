"""Writes by the secretariat (the admin's bulk actions)."""

from portal.caching import versions
from portal.locking import locking_transaction

from .models import Publication


@locking_transaction()
def set_status(*, publications, status):
    """Publish or take back a set of publications; returns how many changed."""
    if status not in Publication.Status.values:
        raise ValueError(status)
    changing = list(
        Publication.objects.filter(pk__in=publications.values("pk")).exclude(status=status).select_for_update()
    )
    # One save each, not one UPDATE for all: the audit trail records each decision. One cache bump for all.
    with versions.batched():
        for publication in changing:
            publication.status = status
            publication.save(update_fields=["status"])
    return len(changing)
