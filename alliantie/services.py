"""Writes with side effects for memberships: requesting, approving, refusing, ending (with e-mail).

The admin's list actions, its change form and the contact person's page all decide through
``decide_memberships``, so a decision is mailed the same way whichever button was used."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from alliantie.models import Membership, Organisation
from alliantie.signals import account_closing
from portal.audit import forget_person
from portal.locking import locking_transaction
from portal.mail import send_templated


@transaction.atomic
def request_membership(*, user, organisation: Organisation, function="", note="") -> Membership:
    """Ask to be linked to ``organisation``. One current link per account."""
    # Lock the account row so two simultaneous requests cannot both pass the check.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    if Membership.objects.current().filter(user=user).exists():
        raise ValidationError(_("U bent al gekoppeld aan een organisatie, of uw aanvraag loopt nog."))
    if not organisation.active:
        raise ValidationError(_("Kies een organisatie uit de lijst."))
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                user=user, organisation=organisation, function=function.strip(), note=note.strip()
            )
    except IntegrityError as error:
        raise ValidationError(_("U bent al gekoppeld aan een organisatie, of uw aanvraag loopt nog.")) from error
    send_templated(
        template="alliantie/email/membership_requested",
        to=settings.SECRETARIAAT_EMAIL,
        context={"membership": membership, "user": user},
    )
    # The contact person may decide too (Onze organisatie); without this mail the request waits unseen.
    for contact in Membership.objects.contact_persons_of(organisation).select_related("user"):
        send_templated(
            template="alliantie/email/membership_requested_contact",
            to=contact.user.email,
            context={"membership": membership, "user": user, "contact": contact.user},
        )
    return membership


DECISION_MAILS = {
    Membership.Status.GOEDGEKEURD: "alliantie/email/membership_approved",
    Membership.Status.BEEINDIGD: "alliantie/email/membership_refused",
}


def decide_memberships(*, memberships, status, notify=True) -> int:
    """Approve (``GOEDGEKEURD``) or refuse (``BEEINDIGD``) the pending requests among ``memberships``.
    Each person gets an e-mail unless ``notify`` is False (the secretariat's explicit choice, for
    example after telling someone by phone). Rows that are no longer pending are left alone, so a
    decision taken twice (two staff, a double click) mails once. Returns the number decided."""
    template = DECISION_MAILS[status]
    with locking_transaction():
        pending = list(
            Membership.objects.pending()
            .filter(pk__in=[m.pk for m in memberships])
            .select_related("user", "organisation")
            .select_for_update(of=("self",))
        )
        for membership in pending:
            membership.status = status
            # One save per request, not one UPDATE for all: the audit trail records each decision.
            membership.save(update_fields=["status", "updated"])
            if notify:
                send_templated(
                    template=template,
                    to=membership.user.email,
                    context={"membership": membership, "user": membership.user},
                )
    return len(pending)


def approve_memberships(*, memberships, notify=True) -> int:
    """Approve the pending requests among ``memberships``; each person gets an e-mail. Returns the count."""
    return decide_memberships(memberships=memberships, status=Membership.Status.GOEDGEKEURD, notify=notify)


def refuse_memberships(*, memberships, notify=True) -> int:
    """Refuse the pending requests among ``memberships``; each person gets an e-mail. Returns the count."""
    return decide_memberships(memberships=memberships, status=Membership.Status.BEEINDIGD, notify=notify)


def end_membership(*, membership, notify=True) -> bool:
    """End an approved membership (a colleague who left). The account stays; it is no longer linked to
    the organisation, so members-only pages close to it. Returns False when it was no longer approved."""
    with locking_transaction():
        current = (
            Membership.objects.approved()
            .filter(pk=membership.pk)
            .select_related("user", "organisation")
            .select_for_update(of=("self",))
            .first()
        )
        if current is None:
            return False
        current.status = Membership.Status.BEEINDIGD
        current.save(update_fields=["status", "updated"])
        if notify:
            send_templated(
                template="alliantie/email/membership_ended",
                to=current.user.email,
                context={"membership": current, "user": current.user},
            )
    return True


def change_status(*, membership, status, notify=True) -> bool:
    """The status a staff member chose in the change form, through the same path as the list actions:
    a pending request is decided (with its mail), an approved membership is ended (with its mail).
    Other changes are refused (``Membership.allowed_statuses``). Reads the saved row, not ``membership``:
    the admin's form has already put the new status on the instance. Returns whether it changed."""
    with locking_transaction():
        saved = Membership.objects.select_for_update().get(pk=membership.pk)
        if status == saved.status:
            return False
        if status not in saved.allowed_statuses():
            raise ValidationError(
                _("Deze wijziging van de status kan niet. Laat de persoon zo nodig een nieuwe aanvraag doen.")
            )
        if saved.status == Membership.Status.AANGEVRAAGD:
            return decide_memberships(memberships=[saved], status=status, notify=notify) == 1
        return end_membership(membership=saved, notify=notify)


@transaction.atomic
def address_changed_by_staff(*, user, old_email):
    """After the secretariat changed ``user.email`` in the admin: allauth's addresses follow, so the old one can no
    longer log in or reset the password, and the new one counts once its owner verifies it at the next login.
    The old address is told."""
    EmailAddress.objects.filter(user=user).exclude(email__iexact=user.email).delete()
    EmailAddress.objects.update_or_create(
        user=user, email__iexact=user.email, defaults={"email": user.email, "primary": True, "verified": False}
    )
    tell_old_address(user=user, old_email=old_email)


def tell_old_address(*, user, old_email):
    """A changed address is told to the old one too, so a person whose account is taken over finds out."""
    send_templated(
        template="alliantie/email/email_changed",
        to=old_email,
        context={"user": user, "old_email": old_email, "new_email": user.email},
    )


@transaction.atomic
def update_profile(*, user, first_name: str, last_name: str):
    user.first_name = first_name
    user.last_name = last_name
    user.save(update_fields=["first_name", "last_name"])
    return user


@transaction.atomic
def delete_user(*, user):
    """Delete an account the way the portal keeps its promises: every app that keeps something about the
    person ends it first (``signals.account_closing``: the agenda gives the seats to the first person
    waiting and keeps the registrations without name or wishes, so that events keep their counts; the
    newsletter subscription ends with the withdrawal recorded), then the account and what hangs on it go."""
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    account_closing.send(sender=get_user_model(), user=user)
    user_pk, email = user.pk, user.email
    membership_pks = list(user.memberships.values_list("pk", flat=True))
    user.delete()
    # After the delete: auditlog has just recorded it, with the name that now has to go.
    forget_person(user_pk=user_pk, email=email, membership_pks=membership_pks)
