"""Every e-mail the portal sends goes through ``send_templated`` (allauth's too, by its adapter).

A mail is a plain-text body ``<template>.txt`` and a subject ``<template>_subject.txt``. It is rendered
now and queued in the caller's transaction (portal.outbox): a rolled-back request sends nothing, a
committed one is always delivered by the worker, and no request waits for, or fails on, the mail server.
"""

import re

from django.conf import settings
from django.template import Context
from django.template.loader import get_template

from portal.links import absolute_url
from portal.outbox import services as outbox

# Newlines and other control characters in a header would break it (or inject another header).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_header(value):
    """One line of text, safe for a subject or another header."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def _plain_text(name, context):
    """A mail is plain text: 's-Hertogenbosch must not arrive as &#x27;s-Hertogenbosch, whether or not the
    template remembered {% autoescape off %}."""
    return get_template(name).template.render(Context(context, autoescape=False))


def render(*, template, context=None):
    context = {"site_url": absolute_url(""), "organisation": settings.ORGANISATION, **(context or {})}
    subject = clean_header(_plain_text(f"{template}_subject.txt", context))
    body = _plain_text(f"{template}.txt", context)
    return subject, body


def send_templated(*, template, to, context=None, headers=None, attachments=()):
    """Render ``template`` for the recipients ``to`` and queue it.

    ``attachments`` are (filename, content, mimetype) triples; ``headers`` extra mail headers.
    """
    subject, body = render(template=template, context=context)
    return queue(to=to, subject=subject, body=body, headers=headers, attachments=attachments, template=template)


def queue(*, to, subject, body, headers=None, attachments=(), template=""):
    """Queue a mail that is already rendered (allauth renders its own)."""
    recipients = [address for address in ([to] if isinstance(to, str) else to) if address]
    if not recipients:
        return None
    return outbox.enqueue(
        to=recipients,
        subject=clean_header(subject),
        body=body,
        headers={name: clean_header(value) for name, value in (headers or {}).items()},
        attachments=attachments,
        template=template,
    )
