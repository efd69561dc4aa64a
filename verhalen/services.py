"""Writes with side effects: a story from the public form, the secretariat's decisions, and removal
on the writer's request. The admin calls the same functions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal import ratelimit
from portal.links import absolute_url
from portal.locking import locking_transaction
from portal.mail import send_templated

from .consent import CONSENT_TEXT
from .models import Story
from .tokens import make_remove_token

# A person tells one story, maybe two or three; more from one address in an hour is a flood.
STORIES_PER_HOUR = 5
RATE_WINDOW_SECONDS = 60 * 60


class StoryRateLimited(Exception):
    """Too many stories from one address in the last hour."""


def removal_url(story):
    return absolute_url(reverse("verhalen:story-remove", kwargs={"token": make_remove_token(story)}))


def _email_in(contact):
    try:
        validate_email(contact.strip())
    except ValidationError:
        return ""
    return contact.strip()


def submit_story(*, data, ip):
    """Save a story from the form as 'ingediend', with the consent text as shown, and tell the
    secretariat; the writer gets the removal link by e-mail if they gave an address."""
    if not ratelimit.allow(scope="story", who=ip, limit=STORIES_PER_HOUR, period=RATE_WINDOW_SECONDS):
        raise StoryRateLimited
    with transaction.atomic():
        story = Story.objects.create(
            text=data["text"],
            naming=data["naming"],
            name=data.get("name", "") if data["naming"] != Story.Naming.ANONYMOUS else "",
            contact=data.get("contact", ""),
            consent_text=str(CONSENT_TEXT),
            consented_at=timezone.now(),
        )
        story.kloven.set(data.get("kloven") or [])
        send_templated(template="verhalen/email/new_story", to=settings.SECRETARIAAT_EMAIL, context={"story": story})
        if email := _email_in(story.contact):
            send_templated(
                template="verhalen/email/received",
                to=email,
                context={"story": story, "removal_url": removal_url(story)},
            )
    return story


# Publishing, withdrawing and removing wait for a story that another change holds at most the lock timeout.
@locking_transaction()
def publish(*, stories):
    now = timezone.now()
    changed = stories.exclude(status=Story.Status.GEPUBLICEERD).update(
        status=Story.Status.GEPUBLICEERD, published_at=now, withdrawn_at=None, decided_at=now
    )
    return changed


@locking_transaction()
def withdraw(*, stories):
    now = timezone.now()
    changed = stories.exclude(status=Story.Status.INGETROKKEN).update(
        status=Story.Status.INGETROKKEN, withdrawn_at=now, decided_at=now
    )
    return changed


@locking_transaction()
def remove_on_request(*, story_id):
    """The writer used their private link: the story and everything about them is deleted at once."""
    deleted, _ = Story.objects.filter(pk=story_id).delete()
    return bool(deleted)
