"""Queueing e-mail, and the secretariat's retry. The request only queues; the worker delivers (delivery.py,
run by the job in tasks.py)."""

import base64

from django.db import transaction

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
    deliver_mail.defer(mail_id=mail.pk)
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


@transaction.atomic
def retry(*, mails):
    """Queue failed mails again (the secretariat's action in the admin). Returns how many."""
    failed = list(OutgoingMail.objects.failed().filter(pk__in=[mail.pk for mail in mails]).select_for_update())
    for mail in failed:
        mail.status = OutgoingMail.Status.WACHTEND
        mail.save(update_fields=["status"])
        deliver_mail.defer(mail_id=mail.pk)
    return len(failed)
