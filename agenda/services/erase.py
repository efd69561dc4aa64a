"""Erasing a person who has no account (a phone request to the secretariat)."""

from portal.locking import locking_transaction

from ..models import Registration
from .registrations import cancel


def erase_guest_registrations(*, registration_ids):
    """Their seats go to the first person waiting, as when an account closes; the registrations stay
    without name, address, phone number, private link or wishes, so that events keep their counts."""
    with locking_transaction():
        registrations = Registration.objects.filter(pk__in=registration_ids, user__isnull=True)
        for registration in registrations.active().select_related("event"):
            if registration.can_cancel():
                cancel(registration=registration)
        # The private link goes too: it would still open the registration of someone who asked to be forgotten.
        return registrations.anonymise()
