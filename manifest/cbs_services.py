"""Writes for the CBS figures: fetch the newest observation (job and admin action), confirm or reject it.

The request to CBS happens before any transaction: a slow CBS never holds a lock. What it found is written
after, in one short locking transaction. A failure is kept on the link for the secretariat.
"""

from django.utils import timezone

from portal.locking import locking_transaction

from . import cbs
from .models import CbsLink, CbsObservation


def fetch_newest(*, link: CbsLink) -> CbsObservation | None:
    """Fetch and store the newest observation of this link; None (and ``last_error`` set) when it failed.

    Storing the same number again changes nothing; a new or revised number waits for a person to confirm it.
    """
    try:
        found = cbs.newest(
            table_id=link.table_id,
            measure=link.measure,
            filters=link.filters,
            period_dimension=link.period_dimension,
        )
    except cbs.CbsError as error:
        with locking_transaction():
            CbsLink.objects.filter(pk=link.pk).update(last_attempt_at=timezone.now(), last_error=str(error))
        link.refresh_from_db()
        return None
    with locking_transaction():
        CbsLink.objects.filter(pk=link.pk).update(last_attempt_at=timezone.now(), last_error="")
        observation, _created = CbsObservation.objects.get_or_create(
            link=link,
            period_key=found.period_key,
            value=found.value,
            defaults={
                "period": found.period,
                "cbs_unit": found.cbs_unit,
                "table_title": found.table_title,
                "retrieved_at": timezone.now(),
            },
        )
    link.refresh_from_db()
    return observation


def fetch_all() -> dict:
    """Every link once (the weekly job): how many fetched and how many failed."""
    counts = {"opgehaald": 0, "mislukt": 0}
    for link in CbsLink.objects.select_related("figure"):
        counts["opgehaald" if fetch_newest(link=link) else "mislukt"] += 1
    return counts


@locking_transaction()
def decide(*, observations, status, user) -> int:
    """Confirm (show on the site) or reject observations waiting for a check; returns how many changed.

    Confirming one observation of a figure sets its earlier confirmed ones aside: the page shows one 'Nu'.
    """
    changing = list(
        CbsObservation.objects.filter(pk__in=[o.pk for o in observations]).exclude(status=status).select_for_update()
    )
    now = timezone.now()
    for observation in changing:
        if status == CbsObservation.Status.BEVESTIGD:
            CbsObservation.objects.filter(link=observation.link_id).confirmed().exclude(pk=observation.pk).update(
                status=CbsObservation.Status.VERVANGEN, decided_by=user, decided_at=now
            )
        observation.status = status
        observation.decided_by = user
        observation.decided_at = now
        # One save each: the audit trail records each decision.
        observation.save()
    return len(changing)
