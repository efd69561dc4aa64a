"""A member, a contact person or the secretariat registers someone, cancels, or changes workshop."""

import re
import secrets

from django.db import IntegrityError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alliantie.models import Membership
from portal.locking import locking_transaction

from .. import emails
from ..models import Registration, Workshop, WorkshopPreference
from .locks import RegistrationError, has_seat, lock_event, lock_workshops, place_for_newcomer
from .waitlist import promote_waiting, renumber_waitlist


def _check_who(*, event, user, guest_name, guest_email, guest_phone, organisation, registered_by):
    """The organisation the registration counts for; raises RegistrationError when nobody may register."""
    if user is None and registered_by is None and event.open_to_everyone:
        # Someone registers themselves for an event open to everyone: a name and a way to reach them.
        if not guest_name:
            raise RegistrationError(_("Vul uw naam in."))
        if not (guest_email or guest_phone):
            raise RegistrationError(_("Vul uw e-mailadres of uw telefoonnummer in."))
        return None
    if user is not None:
        membership = Membership.objects.approved_for(user)
        if membership is None:
            raise RegistrationError(_("Alleen leden van een aangesloten organisatie kunnen zich aanmelden."))
        return membership.organisation
    if not guest_name:
        raise RegistrationError(_("Vul de naam in van wie u aanmeldt."))
    if registered_by is None or not (
        registered_by.is_staff or Membership.objects.is_contact_person(registered_by, organisation)
    ):
        raise RegistrationError(_("Alleen de contactpersoon van de organisatie of het secretariaat kan dit doen."))
    return organisation


DUPLICATE_MESSAGES = {
    "one_active_registration_per_event": gettext_lazy("U bent al aangemeld voor deze activiteit."),
    "one_active_registration_per_address": gettext_lazy(
        "Met dit e-mailadres is al iemand aangemeld voor deze activiteit."
    ),
    "one_active_registration_per_phone": gettext_lazy(
        "Met dit telefoonnummer is al iemand aangemeld voor deze activiteit."
    ),
}

# No letters or digits that are read alike on the phone (I and 1, O and 0).
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


def new_access_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _position in range(CODE_LENGTH))


def normalise_phone(text):
    """Digits only, with a + for an international number: '06 - 42 09 20 30' and '0642092030' are one."""
    text = (text or "").strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        return f"+{digits}"
    if digits.startswith("00"):
        return f"+{digits[2:]}"
    return digits


def _check_preferences(event, preferences):
    """The ranked workshops, first choice first: at least one, each once, all of this event."""
    preferences = [w for w in preferences if w is not None]
    if not preferences:
        raise RegistrationError(_("Kies ten minste uw eerste keus."))
    if len({w.pk for w in preferences}) != len(preferences):
        raise RegistrationError(_("Kies elke werkgroep maar één keer."))
    if Workshop.objects.filter(event=event, pk__in=[w.pk for w in preferences]).count() != len(preferences):
        raise RegistrationError(_("Deze werkgroep hoort niet bij deze activiteit."))
    return preferences


def register(
    *,
    event,
    user=None,
    guest_name="",
    guest_email="",
    guest_phone="",
    organisation=None,
    registered_by=None,
    workshop=None,
    preferences=(),
    access_needs="",
    dietary="",
    travel_costs=False,
    childcare=0,
):
    """Register a member (``user``), or someone without an account (``guest_name``, maybe without
    e-mail) on whose behalf a contact person or the secretariat acts (``registered_by``): confirmed
    when a seat is free, otherwise on the waiting list. Mails go to the member, or to ``guest_email``,
    or else to whoever registered them. For an event that allocates fairly, until its deadline,
    ``preferences`` (workshops, first choice first) are stored instead and nobody gets a seat yet.

    For an event open to everyone, someone without an account registers themselves (no ``user``, no
    ``registered_by``) with a name and an e-mail address or a phone number; they get a private link
    (``access_code``) to see, change or cancel it. One registration per address and per number."""
    guest_name = guest_name.strip()
    guest_email = guest_email.strip()
    guest_phone = normalise_phone(guest_phone)
    organisation = _check_who(
        event=event,
        user=user,
        guest_name=guest_name,
        guest_email=guest_email,
        guest_phone=guest_phone,
        organisation=organisation,
        registered_by=registered_by,
    )
    try:
        with locking_transaction():
            event = lock_event(event)
            if not event.registration_is_open():
                raise RegistrationError(_("Aanmelden voor deze activiteit kan nu niet."))
            if event.uses_preferences and event.allocated_at is None:
                if not event.collects_preferences():
                    raise RegistrationError(
                        _("De plaatsen in de werkgroepen worden nu verdeeld. Probeer het over een kwartier opnieuw.")
                    )
                preferences = _check_preferences(event, preferences)
                workshop = None
            else:
                preferences = []
            if workshop is None and not preferences and event.workshops.exists():
                raise RegistrationError(_("Kies een werkgroep."))
            if workshop is not None:
                workshop = lock_workshops(event, workshop)[workshop.pk]
            # A member, an e-mail address or a phone number registered twice is refused by the database's
            # constraints (below); a colleague's name only here, since names may repeat across organisations.
            if (
                user is None
                and registered_by is not None
                and Registration.objects.active()
                .filter(event=event, guest_name__iexact=guest_name, organisation=organisation)
                .exists()
            ):
                raise RegistrationError(_("%(name)s is al aangemeld voor deze activiteit.") % {"name": guest_name})

            registration = Registration(
                event=event,
                user=user,
                guest_name="" if user else guest_name,
                guest_email="" if user else guest_email,
                guest_phone="" if user else guest_phone,
                # Who has no account keeps the registration through a private link: mailed, or read out on the
                # phone by the secretariat. A contact person keeps their colleagues' on their own page.
                access_code=new_access_code()
                if user is None and (registered_by is None or registered_by.is_staff)
                else "",
                travel_costs=travel_costs,
                childcare=childcare or 0,
                registered_by=registered_by,
                organisation=organisation,
                workshop=workshop,
                access_needs=access_needs.strip(),
                dietary=dietary.strip(),
            )
            if preferences:
                registration.status = Registration.Status.VOORKEUR
            else:
                seated, waitlist_position = place_for_newcomer(event, workshop)
                if seated:
                    registration.status = Registration.Status.BEVESTIGD
                else:
                    registration.status = Registration.Status.WACHTLIJST
                    registration.waitlist_position = waitlist_position
            registration.save()
            WorkshopPreference.objects.bulk_create(
                WorkshopPreference(registration=registration, workshop=w, rank=rank)
                for rank, w in enumerate(preferences, start=1)
            )
            emails.send_registered(registration)
            return registration
    except IntegrityError as error:
        # Who is already registered: the constraints check it in the insert, with no query of their own while
        # the event is locked. The transaction is rolled back whole, so nothing was saved or queued.
        constraint = getattr(getattr(error.__cause__, "diag", None), "constraint_name", "")
        if constraint in DUPLICATE_MESSAGES:
            raise RegistrationError(str(DUPLICATE_MESSAGES[constraint])) from error
        raise


def cancel(*, registration):
    """Cancel until the event starts; the seat goes to the first person on the waiting list who fits."""
    with locking_transaction():
        event = lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.event = event
        if registration.status == Registration.Status.GEANNULEERD:
            raise RegistrationError(_("Deze aanmelding is al afgemeld."))
        if registration.status == Registration.Status.AANWEZIG or event.has_started():
            raise RegistrationError(_("De activiteit is al begonnen. Afmelden kan niet meer."))
        lock_workshops(event, registration.workshop)
        was_waiting = registration.status == Registration.Status.WACHTLIJST
        registration.status = Registration.Status.GEANNULEERD
        registration.waitlist_position = None
        registration.save(update_fields=["status", "waitlist_position", "updated"])
        if was_waiting:
            renumber_waitlist(event)
        promoted = promote_waiting(event)
        emails.send_cancelled(registration)
        return promoted


def change_workshop(*, registration, workshop):
    """Move to another workshop under the same rules.

    A confirmed member only moves when the other workshop has a seat, so nobody loses a seat by
    trying. A waiting member keeps their place and is confirmed at once when the new choice fits.
    """
    with locking_transaction():
        event = lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.event = event
        if not registration.is_active or registration.status == Registration.Status.AANWEZIG:
            raise RegistrationError(_("Deze aanmelding kunt u niet meer wijzigen."))
        if event.has_started():
            raise RegistrationError(_("De activiteit is al begonnen. Wijzigen kan niet meer."))
        if registration.status == Registration.Status.VOORKEUR:
            raise RegistrationError(
                _("U gaf uw keuzes op voor de loting. Na de loting kunt u van werkgroep wisselen als er plaats is.")
            )
        locked = lock_workshops(event, registration.workshop, workshop)
        new = locked[workshop.pk]
        if registration.workshop_id == new.pk:
            return registration
        # One explicit choice now replaces the ranked preferences of the draw.
        registration.preferences.all().delete()
        if registration.status == Registration.Status.BEVESTIGD:
            if not has_seat(new):
                raise RegistrationError(_("Deze werkgroep is vol. U houdt uw plaats in uw huidige werkgroep."))
            registration.workshop = new
            registration.save(update_fields=["workshop", "updated"])
            promote_waiting(event)
        else:
            registration.workshop = new
            registration.save(update_fields=["workshop", "updated"])
            promote_waiting(event)
            registration.refresh_from_db()
        emails.send_workshop_changed(registration)
        return registration


def delete_registration(*, registration):
    """The secretariat deletes a registration (usually at the person's request). When it held a seat for
    an event still to come, that seat goes to the first person waiting (who is mailed); the waiting
    list stays numbered 1..n. The deleted person gets no mail: they did not cancel themselves."""
    with locking_transaction():
        event = lock_event(registration.event)
        registration = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if registration is None:
            return []
        registration.event = event
        was_active = registration.is_active
        registration.delete()
        renumber_waitlist(event)
        if not was_active or event.has_started():
            return []
        return promote_waiting(event)


def cancel_all_for(*, user):
    """Cancel every active registration of ``user`` for events still to come (an account that goes)."""
    promoted = []
    for registration in Registration.objects.active().filter(user=user).select_related("event"):
        if registration.can_cancel():
            promoted += cancel(registration=registration)
    return promoted


def anonymise_registrations_of(*, user):
    """The person goes from every registration (and from the audit trail's entries about them); the event keeps
    the registration for its counts."""
    return Registration.objects.filter(user=user).anonymise()
