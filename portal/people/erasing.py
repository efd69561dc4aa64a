"""Erasing one person in one go, through each app's own erase hook (the same ones as account deletion)."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from agenda.services.erase import erase_guest_registrations
from alliantie.services import delete_user
from cooperaties.messages import erase_messages
from nieuwsbrief.services import forget_subscriber
from portal.locking import locking_transaction
from verhalen.services import remove_on_request

from .finding import rows_for


def _registrations(rows):
    erase_guest_registrations(registration_ids=list(rows.values_list("pk", flat=True)))


def _subscribers(rows):
    for pk in rows.values_list("pk", flat=True):
        forget_subscriber(subscriber_id=pk)


def _cooperatie_messages(rows):
    erase_messages(message_ids=list(rows.values_list("pk", flat=True)))


def _stories(rows):
    for pk in rows.values_list("pk", flat=True):
        remove_on_request(story_id=pk)


# Models whose rows go with another's hook are absent: preferences with their registration, proof of consent
# with its subscription (kept for the period of rule "consent", as after unsubscribing).
HOOKS = {
    "agenda.Registration": _registrations,
    "cooperaties.Message": _cooperatie_messages,
    "nieuwsbrief.Subscriber": _subscribers,
    "verhalen.Story": _stories,
}
GOES_WITH_ANOTHER = {"agenda.WorkshopPreference", "nieuwsbrief.Consent"}


def plan(person):
    """What "Alles wissen" does for ``person``: (what goes, what stays because no hook erases it)."""
    if person.kind == "account":
        return [(entry, rows) for entry, rows in rows_for(person)], []
    found = [(entry, rows) for entry, rows in rows_for(person) if entry.model._meta.label not in GOES_WITH_ANOTHER]
    return (
        [(entry, rows) for entry, rows in found if entry.model._meta.label in HOOKS],
        [(entry, rows) for entry, rows in found if entry.model._meta.label not in HOOKS],
    )


def erase_person(*, person, actor):
    """Erase everything the hooks can; returns the audit-trail entry, which says what went but not who."""
    with locking_transaction():
        if person.kind == "account":
            user = person.account()
            counts = {str(entry.name): rows.count() for entry, rows in rows_for(person)}
            content_type = ContentType.objects.get_for_model(user)
            delete_user(user=user)
        else:
            erasable, _kept = plan(person)
            counts = {str(entry.name): rows.count() for entry, rows in erasable}
            content_type = ContentType.objects.get_for_model(erasable[0][0].model if erasable else LogEntry)
            for entry, rows in erasable:
                HOOKS[entry.model._meta.label](rows)
        summary = ", ".join(f"{count} × {what}" for what, count in counts.items()) or "niets gevonden"
        text = f"Gegevens van een persoon gewist op verzoek: {summary}"
        return LogEntry.objects.create(
            content_type=content_type,
            object_pk="",
            object_repr=text,
            action=LogEntry.Action.DELETE,
            actor=actor,
            changes_text=text,
            additional_data={"erased": counts},
        )
