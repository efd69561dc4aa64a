"""At the door: ticking people present and registering someone who walks in."""

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from ..models import Registration
from .locks import RegistrationError, has_seat, lock_event, lock_workshops


def mark_present(*, registrations):
    """Only confirmed people can be present; returns how many were marked. Marking someone who is
    already present changes nothing (a tick sent twice at the door counts once)."""
    with locking_transaction():
        return Registration.objects.filter(
            pk__in=[r.pk for r in registrations], status=Registration.Status.BEVESTIGD
        ).update(status=Registration.Status.AANWEZIG, updated=timezone.now())


def register_walk_in(*, event, guest_name, registered_by, organisation=None, workshop=None):
    """Someone who comes in at the door without registering: present at once, under the same seat rules."""
    guest_name = guest_name.strip()
    if not guest_name:
        raise RegistrationError(_("Vul de naam in."))
    if registered_by is None or not registered_by.is_staff:
        raise RegistrationError(_("Alleen het secretariaat kan dit doen."))
    with locking_transaction():
        event = lock_event(event)
        if workshop is not None:
            workshop = lock_workshops(event, workshop)[workshop.pk]
            if not has_seat(workshop):
                raise RegistrationError(_("Deze werkgroep is vol. Kies een andere werkgroep."))
        if not has_seat(event):
            raise RegistrationError(_("Alle plaatsen van deze activiteit zijn bezet."))
        duplicate = Registration.objects.active().filter(
            event=event, user=None, guest_name__iexact=guest_name, organisation=organisation
        )
        if duplicate.exists():
            raise RegistrationError(_("%(name)s staat al op de lijst. Zoek de naam op.") % {"name": guest_name})
        return Registration.objects.create(
            event=event,
            guest_name=guest_name,
            organisation=organisation,
            registered_by=registered_by,
            workshop=workshop,
            status=Registration.Status.AANWEZIG,
        )
