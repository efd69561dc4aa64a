"""Newest published postings are newsletter candidates; ended postings are erased after the retention period."""

import datetime

import pytest
from django.utils import timezone

from nieuwsbrief.models import Edition
from nieuwsbrief.proposals import new_since_previous, search
from vraagaanbod.models import Posting
from vraagaanbod.retention import erase_ended_postings

from .factories import TODAY, PostingFactory

pytestmark = pytest.mark.django_db


def picked_titles(groups):
    """The postings proposed (the coöperaties the factories made are proposed too, under their own heading)."""
    return [str(obj) for _kind, found in groups for _ct, obj, _present in found if isinstance(obj, Posting)]


def test_a_published_current_posting_is_a_newsletter_candidate(today):
    PostingFactory(published=True, title="Wie deelt een bakfiets?")
    PostingFactory(title="Wacht nog")
    edition = Edition.objects.create(number=1, date=TODAY, title="Nieuwsbrief")
    assert picked_titles(new_since_previous(edition)) == ["Vraag: Wie deelt een bakfiets?"]


def test_the_newsletter_search_finds_a_posting_by_title(today):
    PostingFactory(published=True, title="Wie deelt een bakfiets?")
    edition = Edition.objects.create(number=1, date=TODAY, title="Nieuwsbrief")
    assert picked_titles(search(edition, "bakfiets")) == ["Vraag: Wie deelt een bakfiets?"]


def test_a_posting_is_erased_the_period_after_its_end_date(settings):
    days = settings.PRIVACY_RETENTION_DAYS["postings"]
    PostingFactory(published=True, title="Lang geleden", ends_on=TODAY - datetime.timedelta(days=days + 1))
    PostingFactory(published=True, title="Net voorbij", ends_on=TODAY - datetime.timedelta(days=days))
    now = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(12)))
    erase_ended_postings(now=now, dry_run=False)
    assert list(Posting.objects.values_list("title", flat=True)) == ["Net voorbij"]
