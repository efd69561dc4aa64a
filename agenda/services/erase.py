"""Erasing a person who has no account (a phone request to the secretariat)."""

from django.utils import timezone

from portal.audit import forget_rows
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
        forget_rows(model=Registration, pks=registration_ids)
        # The private link goes too: it would still open the registration of someone who asked to be forgotten.
        return registrations.update(
            guest_name="",
            guest_email="",
            guest_phone="",
            access_code="",
            registered_by=None,
            access_needs="",
            dietary="",
            updated=timezone.now(),
        )
