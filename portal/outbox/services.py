"""Queueing e-mail, and the secretariat's retry. The request only queues; the worker delivers (delivery.py,
run by the job in tasks.py)."""

import base64

from auditlog.models import LogEntry
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from portal.locking import locking_transaction
from portal.outbox.delivery import DeliveryFailed, deliver
from portal.outbox.models import OutgoingMail
from portal.outbox.tasks import deliver_mail


# No savepoint: inside the caller's transaction the row and the job stand or fall with it anyway.
@transaction.atomic(savepoint=False)
def enqueue(*, to, subject, body, headers=None, attachments=(), template=""):
    """Store the mail and queue its delivery, both in the caller's transaction."""
    mail = OutgoingMail.objects.create(
        template=template,
        to=list(to),
        subject=subject,
        body=body,
        headers=dict(headers or {}),
        attachments=[
            [name, base64.b64encode(content if isinstance(content, bytes) else content.encode()).decode(), mimetype]
            for name, content, mimetype in attachments
        ],
    )
    # Held a moment: when many people register at once (an Alliantiedag opens), the web answers them all
    # before the worker takes the processor and the database to send their mails. They saw their answer on
    # screen; the mail follows a few seconds later.
    deliver_mail.configure(schedule_in={"seconds": settings.MAIL_HOLD_SECONDS}).defer(mail_id=mail.pk)
    return mail


def deliver_waiting():
    """Deliver every waiting mail now, in this process (tests, and `manage.py` in an emergency)."""
    delivered = 0
    for mail_id in OutgoingMail.objects.waiting().order_by("pk").values_list("pk", flat=True):
        try:
            deliver(mail_id=mail_id)
            delivered += 1
        except DeliveryFailed:
            pass
    return delivered


@locking_transaction()
def retry(*, mails):
    """Queue failed mails again (the secretariat's action in the admin, and the button on a mail). Returns how
    many."""
    failed = list(OutgoingMail.objects.failed().filter(pk__in=[mail.pk for mail in mails]).select_for_update())
    for mail in failed:
        mail.status = OutgoingMail.Status.WACHTEND
        mail.save(update_fields=["status"])
        deliver_mail.defer(mail_id=mail.pk)
    return len(failed)


class CannotCorrect(Exception):
    pass


@locking_transaction()
def correct_address(*, mail, address, actor):
    """Send a failed mail again, to ``address`` instead of the mistyped one; noted in the audit trail.

    Raises CannotCorrect for a mail that did not fail (the worker may be sending it) or that carries a login
    link: that link would let whoever owns the new address log in as the person it was meant for."""
    mail = OutgoingMail.objects.select_for_update().get(pk=mail.pk)
    if mail.status != OutgoingMail.Status.MISLUKT:
        raise CannotCorrect("not failed")
    if mail.carries_a_login_link:
        raise CannotCorrect("login link")
    old = ", ".join(mail.to)
    mail.to = [address]
    mail.status = OutgoingMail.Status.WACHTEND
    mail.save(update_fields=["to", "status"])
    deliver_mail.defer(mail_id=mail.pk)
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(OutgoingMail),
        object_pk=str(mail.pk),
        object_id=mail.pk,
        object_repr=str(mail),
        action=LogEntry.Action.UPDATE,
        actor=actor,
        changes={"to": [old, address]},
        changes_text=f"Adres verbeterd van {old} naar {address}; de e-mail staat weer klaar.",
    )
    return mail
