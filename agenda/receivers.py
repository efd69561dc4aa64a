"""What the agenda does when another app tells it something (connected in apps.py)."""

from agenda.services import anonymise_registrations_of, cancel_all_for


def release_registrations(sender, *, user, **kwargs):
    """An account closes (alliantie.signals.account_closing): its seats go to the first person waiting, and
    its registrations stay without the person, so that events keep their counts."""
    cancel_all_for(user=user)
    anonymise_registrations_of(user=user)
