"""The portal carries the first contact with a coöperatie: a visitor's message is relayed to the coöperatie's
private contact address (or to the secretariat, which forwards it or phones), and the secretariat introduces
two coöperaties to each other. The private address is only ever a mail's recipient: never in a page, never in
a mail to someone else."""

import hashlib

from auditlog.models import LogEntry
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from portal import ratelimit
from portal.links import absolute_url
from portal.locking import locking_transaction
from portal.mail import send_templated

from .models import Cooperatie, Message

# An office, a library or a community centre sends from one address for many people: the limit per client
# address is generous. One sender's own address is held to a few messages an hour, which no real contact needs.
MESSAGES_PER_CLIENT_PER_HOUR = 60
MESSAGES_PER_SENDER_PER_HOUR = 5
RATE_WINDOW_SECONDS = 60 * 60


class MessageRateLimited(Exception):
    """Too many messages from this sender, or from this client address, in the last hour."""


def _sender_key(*, email, phone):
    # Hashed: the counter table is kept for an hour and needs no readable address.
    who = email.strip().lower() or "tel:" + "".join(ch for ch in phone if ch.isdigit())
    return hashlib.sha256(who.encode()).hexdigest()


def _recipient(cooperatie):
    return cooperatie.contact_address or settings.SECRETARIAAT_EMAIL


def send_message(*, cooperatie, name, email, phone, subject, body, ip):
    """Store a visitor's message and queue, in the same transaction, the mail that carries it (to the
    coöperatie, or to the secretariat when no contact address is known) and a copy to the sender.

    Raises MessageRateLimited (nothing stored) and portal.locking.Busy."""
    with locking_transaction():
        sender_ok = ratelimit.allow(
            scope="cooperatie-message-sender",
            who=_sender_key(email=email, phone=phone),
            limit=MESSAGES_PER_SENDER_PER_HOUR,
            period=RATE_WINDOW_SECONDS,
        )
        if not sender_ok or not ratelimit.allow(
            scope="cooperatie-message", who=ip, limit=MESSAGES_PER_CLIENT_PER_HOUR, period=RATE_WINDOW_SECONDS
        ):
            raise MessageRateLimited
        route = Message.Route.COOPERATIE if cooperatie.contact_address else Message.Route.SECRETARIAAT
        message = Message.objects.create(
            cooperatie=cooperatie, name=name, email=email, phone=phone, subject=subject, body=body, route=route
        )
        context = {
            "message": message,
            "cooperatie": cooperatie,
            "profile_url": absolute_url(cooperatie),
            "admin_url": absolute_url(reverse("admin:cooperaties_message_change", args=[message.pk])),
        }
        # A reply goes straight to the sender; without their address, to the secretariat as for other mails.
        reply_to = email or settings.SECRETARIAAT_EMAIL
        send_templated(
            template=f"cooperaties/email/message_to_{route}",
            to=_recipient(cooperatie),
            context=context,
            headers={"Reply-To": reply_to},
        )
        if email:
            send_templated(
                template="cooperaties/email/message_copy",
                to=email,
                context=context,
                headers={"Reply-To": settings.SECRETARIAAT_EMAIL},
            )
    return message


def mark_handled(*, messages):
    """The secretariat forwarded or phoned these messages through; returns how many changed."""
    with locking_transaction():
        return messages.filter(handled=False).update(handled=True)


def erase_messages(*, message_ids):
    """Erase hook for "Alles wissen" (portal/people/erasing.py): the messages go whole, nothing is left to keep."""
    with locking_transaction():
        return Message.objects.filter(pk__in=message_ids).delete()[0]


# --- Introducing two coöperaties ------------------------------------------------------------------


class CannotIntroduce(Exception):
    """Not exactly two coöperaties, or neither has a contact address: nothing was sent."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


NOT_TWO = "not-two"
NO_ADDRESS = "no-address"


def _how_to_reach(cooperatie):
    """What the other side may know of a coöperatie: its public details and its message form."""
    return {
        "name": cooperatie.name,
        "summary": cooperatie.summary,
        "place": cooperatie.place,
        "website": cooperatie.website,
        "email": cooperatie.contact_email,
        "phone": cooperatie.phone,
        "profile_url": absolute_url(cooperatie),
        "message_url": absolute_url(reverse("cooperaties:message", kwargs={"slug": cooperatie.slug})),
    }


def introduce(*, cooperaties, note="", actor):
    """'Breng in contact': one mail to each of two coöperaties about the other (to its contact address, or to
    the secretariat to forward when it has none), noted in the audit trail. Returns the two coöperaties."""
    with locking_transaction():
        pair = list(Cooperatie.objects.filter(pk__in=[c.pk for c in cooperaties]).order_by("name"))
        if len(pair) != 2:
            raise CannotIntroduce(NOT_TWO)
        if not any(c.contact_address for c in pair):
            raise CannotIntroduce(NO_ADDRESS)
        for this, other in ((pair[0], pair[1]), (pair[1], pair[0])):
            send_templated(
                template="cooperaties/email/introduction",
                to=_recipient(this),
                headers={"Reply-To": settings.SECRETARIAAT_EMAIL},
                context={
                    "cooperatie": this,
                    "forward": not this.contact_address,
                    "other": _how_to_reach(other),
                    "note": note.strip(),
                },
            )
        _log_introduction(pair, actor)
    return pair


def _log_introduction(pair, actor):
    content_type = ContentType.objects.get_for_model(Cooperatie)
    for this, other in ((pair[0], pair[1]), (pair[1], pair[0])):
        # The note stays out of the trail: it may say something about a person.
        text = f"In contact gebracht met {other.name}"
        LogEntry.objects.create(
            content_type=content_type,
            object_pk=str(this.pk),
            object_id=this.pk,
            object_repr=str(this),
            action=LogEntry.Action.UPDATE,
            actor=actor,
            changes_text=text,
            additional_data={"introduced_to": other.pk},
        )
