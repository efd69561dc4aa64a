"""Registering, cancelling and changing workshop: the writes that must never exceed a capacity.

Every function locks the event row (and the workshop rows it touches) with SELECT ... FOR UPDATE
before it counts seats, so concurrent requests for the same event queue up in PostgreSQL: the
count and the insert are one step for everyone, also across many web servers. Seats are counted
from the registrations themselves; there is no counter column that could drift.
Locks are always taken in the same order (event, then workshops by id) to avoid deadlocks.
"""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alliantie.models import Membership

from . import emails
from .allocation import serial_dictatorship
from .models import Event, Registration, Workshop, WorkshopPreference


class RegistrationError(Exception):
    """A rule stops the change; the message is shown to the member as it is."""


def _lock_event(event):
    return Event.objects.select_for_update().get(pk=event.pk)


def _lock_workshops(event, *workshops):
    ids = sorted({w.pk for w in workshops if w is not None})
    locked = {w.pk: w for w in Workshop.objects.select_for_update().filter(event=event, pk__in=ids).order_by("pk")}
    if len(locked) != len(ids):
        raise RegistrationError(_("Deze werkgroep hoort niet bij deze activiteit."))
    return locked


def _event_has_seat(event):
    if event.capacity is None:
        return True
    return Registration.objects.seated().filter(event=event).count() < event.capacity


def _workshop_has_seat(workshop):
    if workshop is None or workshop.capacity is None:
        return True
    return Registration.objects.seated().filter(workshop=workshop).count() < workshop.capacity


def _next_waitlist_position(event):
    last = (
        Registration.objects.waiting()
        .filter(event=event)
        .order_by("-waitlist_position")
        .values_list("waitlist_position", flat=True)
        .first()
    )
    return (last or 0) + 1


def _check_who(*, user, guest_name, organisation, registered_by):
    """The organisation the registration counts for; raises RegistrationError when nobody may register."""
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
    organisation=None,
    registered_by=None,
    workshop=None,
    preferences=(),
    access_needs="",
    dietary="",
):
    """Register a member (``user``), or someone without an account (``guest_name``, maybe without
    e-mail) on whose behalf a contact person or the secretariat acts (``registered_by``): confirmed
    when a seat is free, otherwise on the waiting list. Mails go to the member, or to ``guest_email``,
    or else to whoever registered them. For an event that allocates fairly, until its deadline,
    ``preferences`` (workshops, first choice first) are stored instead and nobody gets a seat yet."""
    guest_name = guest_name.strip()
    organisation = _check_who(user=user, guest_name=guest_name, organisation=organisation, registered_by=registered_by)
    try:
        with transaction.atomic():
            event = _lock_event(event)
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
                workshop = _lock_workshops(event, workshop)[workshop.pk]
            active = Registration.objects.active().filter(event=event)
            if user is not None and active.filter(user=user).exists():
                raise RegistrationError(_("U bent al aangemeld voor deze activiteit."))
            if user is None and active.filter(guest_name__iexact=guest_name, organisation=organisation).exists():
                raise RegistrationError(_("%(name)s is al aangemeld voor deze activiteit.") % {"name": guest_name})

            registration = Registration(
                event=event,
                user=user,
                guest_name="" if user else guest_name,
                guest_email="" if user else guest_email.strip(),
                registered_by=registered_by,
                organisation=organisation,
                workshop=workshop,
                access_needs=access_needs.strip(),
                dietary=dietary.strip(),
            )
            if preferences:
                registration.status = Registration.Status.VOORKEUR
            elif _event_has_seat(event) and _workshop_has_seat(workshop):
                registration.status = Registration.Status.BEVESTIGD
            else:
                registration.status = Registration.Status.WACHTLIJST
                registration.waitlist_position = _next_waitlist_position(event)
            registration.save()
            WorkshopPreference.objects.bulk_create(
                WorkshopPreference(registration=registration, workshop=w, rank=rank)
                for rank, w in enumerate(preferences, start=1)
            )
            emails.send_registered(registration)
            return registration
    except IntegrityError as error:
        # The lock makes this unreachable; the constraint is the last line of defence.
        if (
            getattr(getattr(error.__cause__, "diag", None), "constraint_name", "")
            == "one_active_registration_per_event"
        ):
            raise RegistrationError(_("U bent al aangemeld voor deze activiteit.")) from error
        raise


def _renumber_waitlist(event):
    waiting = list(Registration.objects.waiting().filter(event=event).select_for_update())
    changed = []
    for position, registration in enumerate(waiting, start=1):
        if registration.waitlist_position != position:
            registration.waitlist_position = position
            changed.append(registration)
    if changed:
        Registration.objects.bulk_update(changed, ["waitlist_position"])


def _promote_waiting(event):
    """Give free seats to the first people on the waiting list who fit; returns who moved up."""
    waiting = list(
        Registration.objects.waiting()
        .filter(event=event)
        .select_related("workshop")
        .prefetch_related("preferences__workshop")
        .select_for_update(of=("self",))
    )
    if not waiting:
        return []
    seated = Registration.objects.seated().filter(event=event)
    event_free = None if event.capacity is None else event.capacity - seated.count()
    workshop_taken = {}
    for workshop_id in seated.exclude(workshop=None).values_list("workshop_id", flat=True):
        workshop_taken[workshop_id] = workshop_taken.get(workshop_id, 0) + 1

    promoted = []
    for registration in waiting:
        if event_free is not None and event_free <= 0:
            break
        # Someone who was not placed in the fair draw waits for each of their choices, in their order.
        options = [p.workshop for p in registration.preferences.all()] or [registration.workshop]
        workshop = next(
            (w for w in options if w is None or w.capacity is None or workshop_taken.get(w.pk, 0) < w.capacity),
            False,
        )
        if workshop is False:
            continue
        if workshop is not None:
            workshop_taken[workshop.pk] = workshop_taken.get(workshop.pk, 0) + 1
        if event_free is not None:
            event_free -= 1
        registration.status = Registration.Status.BEVESTIGD
        registration.waitlist_position = None
        registration.workshop = workshop
        registration.save(update_fields=["status", "waitlist_position", "workshop", "updated"])
        promoted.append(registration)
    if promoted:
        _renumber_waitlist(event)
        for registration in promoted:
            emails.send_promoted(registration)
    return promoted


def cancel(*, registration):
    """Cancel until the event starts; the seat goes to the first person on the waiting list who fits."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.event = event
        if registration.status == Registration.Status.GEANNULEERD:
            raise RegistrationError(_("Deze aanmelding is al afgemeld."))
        if registration.status == Registration.Status.AANWEZIG or event.has_started():
            raise RegistrationError(_("De activiteit is al begonnen. Afmelden kan niet meer."))
        _lock_workshops(event, registration.workshop)
        was_waiting = registration.status == Registration.Status.WACHTLIJST
        registration.status = Registration.Status.GEANNULEERD
        registration.waitlist_position = None
        registration.save(update_fields=["status", "waitlist_position", "updated"])
        if was_waiting:
            _renumber_waitlist(event)
        promoted = _promote_waiting(event)
        emails.send_cancelled(registration)
        return promoted


def change_workshop(*, registration, workshop):
    """Move to another workshop under the same rules.

    A confirmed member only moves when the other workshop has a seat, so nobody loses a seat by
    trying. A waiting member keeps their place and is confirmed at once when the new choice fits.
    """
    with transaction.atomic():
        event = _lock_event(registration.event)
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
        locked = _lock_workshops(event, registration.workshop, workshop)
        new = locked[workshop.pk]
        if registration.workshop_id == new.pk:
            return registration
        # One explicit choice now replaces the ranked preferences of the draw.
        registration.preferences.all().delete()
        if registration.status == Registration.Status.BEVESTIGD:
            if not _workshop_has_seat(new):
                raise RegistrationError(_("Deze werkgroep is vol. U houdt uw plaats in uw huidige werkgroep."))
            registration.workshop = new
            registration.save(update_fields=["workshop", "updated"])
            _promote_waiting(event)
        else:
            registration.workshop = new
            registration.save(update_fields=["workshop", "updated"])
            _promote_waiting(event)
            registration.refresh_from_db()
        emails.send_workshop_changed(registration)
        return registration


def mark_present(*, registrations):
    """Only confirmed people can be present; returns how many were marked. Marking someone who is
    already present changes nothing (a tick sent twice at the door counts once)."""
    return Registration.objects.filter(
        pk__in=[r.pk for r in registrations], status=Registration.Status.BEVESTIGD
    ).update(status=Registration.Status.AANWEZIG, updated=timezone.now())


def delete_registration(*, registration):
    """The secretariat deletes a registration (usually at the person's request). When it held a seat for
    an event still to come, that seat goes to the first person waiting (who is mailed); the waiting
    list stays numbered 1..n. The deleted person gets no mail: they did not cancel themselves."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if registration is None:
            return []
        registration.event = event
        was_active = registration.is_active
        registration.delete()
        _renumber_waitlist(event)
        if not was_active or event.has_started():
            return []
        return _promote_waiting(event)


def cancel_all_for(*, user):
    """Cancel every active registration of ``user`` for events still to come (an account that goes)."""
    promoted = []
    for registration in Registration.objects.active().filter(user=user).select_related("event"):
        if registration.can_cancel():
            promoted += cancel(registration=registration)
    return promoted


def anonymise_registrations_of(*, user):
    """The person goes from every registration; the event keeps the registration for its counts."""
    return Registration.objects.filter(user=user).update(user=None, access_needs="", dietary="", updated=timezone.now())


def register_walk_in(*, event, guest_name, registered_by, organisation=None, workshop=None):
    """Someone who comes in at the door without registering: present at once, under the same seat rules."""
    guest_name = guest_name.strip()
    if not guest_name:
        raise RegistrationError(_("Vul de naam in."))
    if registered_by is None or not registered_by.is_staff:
        raise RegistrationError(_("Alleen het secretariaat kan dit doen."))
    with transaction.atomic():
        event = _lock_event(event)
        if workshop is not None:
            workshop = _lock_workshops(event, workshop)[workshop.pk]
            if not _workshop_has_seat(workshop):
                raise RegistrationError(_("Deze werkgroep is vol. Kies een andere werkgroep."))
        if not _event_has_seat(event):
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


def draw_identity(registration):
    """Who someone is in the draw: not when they signed up, so the order of sign-up changes nothing."""
    if registration.user_id:
        return f"lid-{registration.user_id}"
    return f"gast-{registration.organisation_id or 0}-{registration.guest_name.casefold()}"


def allocate(*, event, seed=None):
    """The fair draw at the deadline. Returns the outcome, or None when the event was allocated before:
    a second run changes nothing and sends no mail. Same locks as registering."""
    with transaction.atomic():
        event = _lock_event(event)
        if event.allocated_at is not None:
            return None
        if not event.uses_preferences:
            raise RegistrationError(_("Deze activiteit verdeelt de werkgroepen niet op voorkeur."))
        workshops = list(Workshop.objects.filter(event=event))
        _lock_workshops(event, *workshops)
        pending = list(
            Registration.objects.filter(event=event, status=Registration.Status.VOORKEUR)
            .select_for_update(of=("self",))
            .prefetch_related("preferences")
        )
        seated = Registration.objects.seated().filter(event=event)
        taken = {}
        for workshop_id in seated.exclude(workshop=None).values_list("workshop_id", flat=True):
            taken[workshop_id] = taken.get(workshop_id, 0) + 1
        seats = {w.pk: None if w.capacity is None else max(w.capacity - taken.get(w.pk, 0), 0) for w in workshops}
        event_seats = None if event.capacity is None else max(event.capacity - seated.count(), 0)
        people = {draw_identity(r): r for r in pending}
        choices = {person: [p.workshop_id for p in r.preferences.all()] for person, r in people.items()}
        outcome = serial_dictatorship(
            choices=choices, seats=seats, seed=seed or secrets.token_hex(8), event_seats=event_seats
        )
        position = _next_waitlist_position(event)
        for person in outcome.order:
            registration = people[person]
            if person in outcome.placed:
                registration.status = Registration.Status.BEVESTIGD
                registration.workshop_id = outcome.placed[person]
            else:
                registration.status = Registration.Status.WACHTLIJST
                registration.waitlist_position = position
                registration.workshop_id = choices[person][0] if choices[person] else None
                position += 1
            registration.save(update_fields=["status", "waitlist_position", "workshop", "updated"])
        event.allocation_seed = outcome.seed
        event.allocated_at = timezone.now()
        event.save(update_fields=["allocation_seed", "allocated_at", "updated"])
        for person in outcome.order:
            emails.send_allocated(people[person], rank=outcome.ranks.get(person))
        return outcome


def allocate_due(*, now=None):
    """Every event whose preference deadline has passed and that has not been allocated yet."""
    now = now or timezone.now()
    due = Event.objects.filter(
        workshop_choice=Event.WorkshopChoice.VOORKEUREN, allocated_at__isnull=True, preference_deadline__lte=now
    )
    return [outcome for event in due if (outcome := allocate(event=event)) is not None]
