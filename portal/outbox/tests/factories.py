"""Factories for the outbox's tests."""

import factory

from portal.outbox.models import OutgoingMail


class OutgoingMailFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutgoingMail

    template = "agenda/email/confirmation"
    to = factory.Sequence(lambda n: [f"lezer{n}@example.org"])
    subject = "Aanmelding bevestigd: Alliantiedag"
    body = "U bent aangemeld."


class FailedMailFactory(OutgoingMailFactory):
    status = OutgoingMail.Status.MISLUKT
    attempts = 9
    last_error = "ConnectionRefusedError: [Errno 111] Connection refused"
