"""Delivering one queued mail to the mail server (the worker's job in tasks.py runs this).

Nothing here queues: queueing is services.py, which the rest of the portal uses.
"""

import base64
import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F, Q
from django.utils import timezone

from portal.outbox.models import OutgoingMail

logger = logging.getLogger(__name__)
LOGIN_LINK_REMOVED = "(Verwijderd na verzenden: deze e-mail bevatte een persoonlijke inloglink.)"


def _message(mail):
    message = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=mail.to,
        headers={**mail.headers, "Message-ID": mail.message_id},
    )
    for name, content, mimetype in mail.attachments:
        message.attach(name, base64.b64decode(content), mimetype)
    return message


class DeliveryFailed(Exception):
    pass


class DeliveryBusy(DeliveryFailed):
    """Another worker is sending this mail right now; the queue asks again later."""


def claim_seconds():
    # One delivery is about ten round trips (connect, greeting, EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA,
    # QUIT), each allowed EMAIL_TIMEOUT; after this a claim counts as left behind by a worker that died, and
    # another worker may send the mail.
    return 12 * settings.EMAIL_TIMEOUT + 30


def deliver(*, mail_id, final_attempt=False):
    """Hand one mail to the mail server, once. Raises DeliveryFailed (after recording the error) so
    that the queue tries again later; on the final attempt the mail is marked failed for the admin.

    No transaction or row lock is held while the mail server is talked to: the mail is claimed and that
    is committed, then it is sent, then the outcome is recorded. A server that hangs costs this one job its
    timeout, never the other jobs waiting for a lock. What remains is an at-least-once window: if the
    worker dies after the server accepted the mail and before the outcome is recorded, the mail is sent
    again once the claim has expired (with the same Message-ID, so the reader's mail program can tell).
    """
    mail = _claim(mail_id)
    if mail is None or mail.status == OutgoingMail.Status.VERSTUURD:
        return mail
    error = None
    try:
        _message(mail).send()
    except Exception as exc:  # noqa: BLE001 - any failure of the mail server: keep it and retry
        error = exc
    _record(mail, error=error, final_attempt=final_attempt)
    if error is not None:
        logger.warning("Mail %s not delivered (attempt %s): %s", mail_id, mail.attempts, mail.last_error)
        raise DeliveryFailed(mail.last_error) from error
    return mail


def _claim(mail_id):
    """One conditional UPDATE, no transaction around it: it keeps two workers from claiming at once, and costs
    the database one statement instead of four (a mail is one of many when an Alliantiedag opens)."""
    now = timezone.now()
    claimed_until = now + datetime.timedelta(seconds=claim_seconds())
    claimable = (
        OutgoingMail.objects.filter(pk=mail_id)
        .exclude(status=OutgoingMail.Status.VERSTUURD)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lte=now))
    )
    claimed = claimable.update(attempts=F("attempts") + 1, claimed_until=claimed_until)
    mail = OutgoingMail.objects.filter(pk=mail_id).first()
    if not claimed and mail is not None and mail.status != OutgoingMail.Status.VERSTUURD:
        raise DeliveryBusy(f"mail {mail_id} is being sent by another worker")
    return mail


def _record(mail, *, error, final_attempt):
    # Only while the claim is still this worker's: after it expired another worker may have taken the mail
    # over (and sent it); its outcome must not be overwritten. One conditional UPDATE.
    if error is not None:
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        mail.status = OutgoingMail.Status.MISLUKT if final_attempt else OutgoingMail.Status.WACHTEND
    else:
        mail.status = OutgoingMail.Status.VERSTUURD
        mail.sent_at = timezone.now()
        mail.last_error = ""
        if mail.carries_a_login_link:
            # Once delivered, nobody needs the link again; kept, it would let a reader log in as them.
            mail.body = LOGIN_LINK_REMOVED
    recorded = OutgoingMail.objects.filter(pk=mail.pk, claimed_until=mail.claimed_until).update(
        last_error=mail.last_error, status=mail.status, sent_at=mail.sent_at, body=mail.body, claimed_until=None
    )
    if not recorded:
        logger.warning("Mail %s: claim expired before the outcome was recorded", mail.pk)
        return
    mail.claimed_until = None
