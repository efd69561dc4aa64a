"""The audit trail (django-auditlog) beyond model changes: exports of personal data, and forgetting a person."""

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from alliantie.models import Membership


def record_export(*, request, model, description, rows=None):
    """Note that ``request.user`` exported ``description`` (rows of ``model``) just now."""
    description = str(description)
    return LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_pk="",
        object_repr=description,
        action=LogEntry.Action.ACCESS,
        actor=request.user if request.user.is_authenticated else None,
        changes_text=description,
        additional_data={"export": description, "rows": rows},
    )


FORGOTTEN = "(verwijderd account)"


def forget_person(*, user_pk, email, membership_pks=()):
    """When an account goes, the audit trail keeps what was decided and when, but no longer who it
    was about: the entries about this account and its memberships lose their names and values."""
    forget_rows(model=get_user_model(), pks=[user_pk])
    forget_rows(model=Membership, pks=membership_pks)
    # Decisions the person took themselves (a contact person, say) keep the decision, not their address.
    if email:
        LogEntry.objects.filter(actor_email=email).update(actor_email=None)
        # The portal's own entries name the person who acted in their text (a second step reset, say).
        LogEntry.objects.filter(changes_text__contains=email).update(changes_text="")


def forget_rows(*, model, pks):
    """The entries about these rows keep what was done and when, but no longer whom it was about (a person
    erased on request, an account closed): names and values go."""
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_pk__in=[str(pk) for pk in pks]
    ).update(object_repr=FORGOTTEN, changes=None, changes_text="", serialized_data=None, additional_data=None)
