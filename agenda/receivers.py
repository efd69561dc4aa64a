"""What the agenda does when another app tells it something (connected in apps.py)."""

from auditlog.context import auditlog_value

from agenda.services import anonymise_registrations_of, cancel_all_for


def release_registrations(sender, *, user, **kwargs):
    """An account closes (alliantie.signals.account_closing): its seats go to the first person waiting, and
    its registrations stay without the person, so that events keep their counts."""
    cancel_all_for(user=user)
    anonymise_registrations_of(user=user)


def audit_only_the_secretariats_work(sender, **kwargs):
    """auditlog asks before it writes an entry about a registration (its pre_log signal; False: none). The trail
    holds the secretariat's work: phone registrations, check-ins, cancellations and moves on someone's behalf.
    What people do themselves is not a decision to account for, and an entry would copy every visitor's name
    into a second place (and cost the busiest moment, when an Alliantiedag opens, a write under the lock)."""
    try:
        actor = auditlog_value.get().get("actor")
    except LookupError:
        actor = None
    return bool(getattr(actor, "is_staff", False))
