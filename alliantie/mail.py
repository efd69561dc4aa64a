"""Every e-mail the portal sends goes through ``send_templated``.

A mail is a plain-text body ``<template>.txt`` and a subject ``<template>_subject.txt``. It is rendered
now, inside the caller's transaction, and handed on only when that transaction commits: a rolled-back
request sends nothing. ``deliver`` is the one seam where the message leaves the portal.
"""

import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from .links import absolute_url

# Newlines and other control characters in a header would break it (or inject another header).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_header(value):
    """One line of text, safe for a subject or another header."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def render(*, template, context=None):
    context = {"site_url": absolute_url(""), "organisation": settings.ORGANISATION, **(context or {})}
    subject = clean_header(render_to_string(f"{template}_subject.txt", context))
    body = render_to_string(f"{template}.txt", context)
    return subject, body


def send_templated(*, template, to, context=None, headers=None, attachments=()):
    """Render ``template`` for the recipients ``to`` and send it once the current transaction commits.

    ``attachments`` are (filename, content, mimetype) triples; ``headers`` extra mail headers.
    """
    recipients = [address for address in ([to] if isinstance(to, str) else to) if address]
    if not recipients:
        return
    subject, body = render(template=template, context=context)
    message = {
        "subject": subject,
        "body": body,
        "to": recipients,
        "headers": {name: clean_header(value) for name, value in (headers or {}).items()},
        "attachments": list(attachments),
    }
    transaction.on_commit(lambda: deliver(message))


def deliver(message):
    EmailMessage(
        subject=message["subject"],
        body=message["body"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=message["to"],
        headers=message["headers"],
        attachments=message["attachments"],
    ).send()
