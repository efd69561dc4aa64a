"""Travel costs: people on a low income ask for them when they register; the secretariat pays and marks it."""

from django.utils import timezone

from portal.locking import locking_transaction

from ..models import Registration


@locking_transaction()
def mark_travel_costs_paid(*, registrations):
    """Mark the asked-for travel costs of these registrations as paid (once); returns how many were marked.
    One save each, so the audit trail names every person paid."""
    unpaid = (
        Registration.objects.filter(pk__in=registrations.values("pk"), travel_costs=True, travel_costs_paid_at=None)
        .order_by("pk")
        .select_for_update()
    )
    marked = 0
    for registration in unpaid:
        registration.travel_costs_paid_at = timezone.now()
        registration.save(update_fields=["travel_costs_paid_at", "updated"])
        marked += 1
    return marked
