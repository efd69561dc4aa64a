"""Writes with side effects for memberships: requesting, approving, refusing (with e-mail)."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from alliantie.models import Membership, Organisation
from alliantie.signals import account_closing
from portal.audit import forget_person
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
    return membership


def _decide(*, memberships, status, template):
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
        send_templated(
            template=f"alliantie/email/{template}",
            to=membership.user.email,
            context={"membership": membership, "user": membership.user},
        )
    return len(pending)


@transaction.atomic
def approve_memberships(*, memberships) -> int:
    """Approve the pending requests among ``memberships``; each person gets an e-mail. Returns the count."""
    return _decide(memberships=memberships, status=Membership.Status.GOEDGEKEURD, template="membership_approved")


@transaction.atomic
def refuse_memberships(*, memberships) -> int:
    """Refuse the pending requests among ``memberships``; each person gets an e-mail. Returns the count."""
    return _decide(memberships=memberships, status=Membership.Status.BEEINDIGD, template="membership_refused")


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
