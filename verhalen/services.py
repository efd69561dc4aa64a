"""Writes with side effects: a story from the public form, the secretariat's decisions, and removal
on the writer's request. The admin calls the same functions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from portal import ratelimit
from portal.links import absolute_url
from portal.locking import locking_transaction
from portal.mail import send_templated

from .consent import CONSENT_TEXT
from .models import Story
from .tokens import make_remove_token, read_remove_token

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


# Mailing the removal link from the thanks page: a writer may retype a mistyped address a few times.
LINK_MAILS_PER_HOUR = 5


def mail_removal_link(*, token, email, ip):
    """Mail the removal link named by ``token`` to ``email`` (the writer asked for it on the thanks page; the
    address is not stored with the story). False when the link is not valid (any more)."""
    story_id = read_remove_token(token)
    story = Story.objects.filter(pk=story_id).first() if story_id else None
    if story is None:
        return False
    limits = (("story-link", ip), ("story-link-address", ratelimit.address_key(email)))
    if not all(
        ratelimit.allow(scope=scope, who=who, limit=LINK_MAILS_PER_HOUR, period=RATE_WINDOW_SECONDS)
        for scope, who in limits
    ):
        raise StoryRateLimited
    with transaction.atomic():
        send_templated(template="verhalen/email/removal_link", to=email, context={"removal_url": removal_url(story)})
    return True


def writer_email(story):
    """The address a writer gave, or "" when they gave none or a phone number: only that address is mailed."""
    return _email_in(story.contact)


# Publishing, withdrawing and removing wait for a story that another change holds at most the lock timeout.
@locking_transaction()
def publish(*, stories, notify):
    """Put the stories on the website; with ``notify`` each writer who gave an e-mail address gets the link."""
    now = timezone.now()
    changing = list(_locked(stories).exclude(status=Story.Status.GEPUBLICEERD))
    # The version goes up too: a change form opened before this decision must not save over it unseen.
    Story.objects.filter(pk__in=[story.pk for story in changing]).update(
        status=Story.Status.GEPUBLICEERD, published_at=now, withdrawn_at=None, decided_at=now, version=F("version") + 1
    )
    if notify:
        for story in changing:
            _tell_writer(story, template="verhalen/email/published")
    return len(changing)


@locking_transaction()
def withdraw(*, stories, notify):
    """Refuse a waiting story or take a published one off the website; with ``notify`` the writer is told."""
    now = timezone.now()
    changing = list(_locked(stories).exclude(status=Story.Status.INGETROKKEN))
    Story.objects.filter(pk__in=[story.pk for story in changing]).update(
        status=Story.Status.INGETROKKEN, withdrawn_at=now, decided_at=now, version=F("version") + 1
    )
    if notify:
        for story in changing:
            _tell_writer(
                story,
                template="verhalen/email/not_published",
                context={"was_published": story.status == Story.Status.GEPUBLICEERD},
            )
    return len(changing)


def _locked(stories):
    # The admin's filtered selection may be DISTINCT (a filter on kloven), which FOR UPDATE refuses; the
    # rows are locked in one order so two decisions on overlapping selections cannot deadlock.
    return Story.objects.filter(pk__in=stories.values("pk")).order_by("pk").select_for_update()


def _tell_writer(story, *, template, context=None):
    if email := writer_email(story):
        send_templated(
            template=template,
            to=email,
            context={"story": story, "removal_url": removal_url(story), **(context or {})},
        )


@locking_transaction()
def remove_on_request(*, story_id):
    """The writer used their private link: the story and everything about them is deleted at once."""
    deleted, _ = Story.objects.filter(pk=story_id).delete()
    return bool(deleted)
