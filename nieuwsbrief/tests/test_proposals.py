import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from agenda.tests.factories import EventFactory
from alliantie.models import Document
from alliantie.tests.factories import DocumentFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from manifest.tests.factories import FigureFactory
from nieuwsbrief.proposals import add_content, new_since_previous, search

from .factories import EditionFactory

pytestmark = pytest.mark.django_db


def make_old(obj, days):
    type(obj).objects.filter(pk=obj.pk).update(created=timezone.now() - datetime.timedelta(days=days))


@pytest.fixture
def editions():
    today = timezone.localdate()
    previous = EditionFactory(number=1, date=today - datetime.timedelta(days=10))
    current = EditionFactory(number=2, date=today, published=False)
    return previous, current


def titles(groups):
    return {
        str(getattr(obj, "title", None) or getattr(obj, "name", None) or obj)
        for _kind, found in groups
        for _ct, obj, _in in found
    }


def test_proposes_only_public_content_new_since_previous_edition(editions):
    _previous, current = editions
    EventFactory(title="Nieuwe Alliantiedag")
    old_event = EventFactory(title="Oude Alliantiedag")
    make_old(old_event, 30)
    EventFactory(title="Besloten overleg", is_public=False)
    EventFactory(title="Voorbij", date=timezone.localdate() - datetime.timedelta(days=1))
    CooperatieFactory(name="Nieuwe coöperatie")
    CooperatieFactory(name="Voorstel", status=Cooperatie.Status.VOORGESTELD)
    DocumentFactory(title="Nieuwe brief")
    DocumentFactory(title="Alleen leden", access=Document.Access.LEDEN)

    assert titles(new_since_previous(current)) == {"Nieuwe Alliantiedag", "Nieuwe coöperatie", "Nieuwe brief"}
    assert current.items.count() == 0  # nothing is added until the secretariat ticks it


def pick(obj):
    return f"{ContentType.objects.get_for_model(obj).pk}:{obj.pk}"


def test_ticked_content_is_added_with_its_title_text_and_link(editions):
    _previous, current = editions
    event = EventFactory(title="Nieuwe Alliantiedag", city="Drachten", venue="De Lawei")
    coop = CooperatieFactory(name="Nieuwe coöperatie")
    added = add_content(edition=current, picks=[pick(event), pick(coop)])
    assert len(added) == 2
    event_item = current.items.get(title="Nieuwe Alliantiedag")
    assert event_item.url == event.get_absolute_url()
    assert "De Lawei, Drachten" in event_item.text and "10.00–16.00 uur" in event_item.text
    assert current.items.get(title="Nieuwe coöperatie").text == coop.summary


def test_ticking_twice_adds_nothing_the_second_time(editions):
    _previous, current = editions
    event = EventFactory()
    assert len(add_content(edition=current, picks=[pick(event)])) == 1
    assert add_content(edition=current, picks=[pick(event)]) == []
    assert current.items.count() == 1


def test_content_that_is_not_public_cannot_be_picked(editions):
    _previous, current = editions
    hidden = DocumentFactory(title="Alleen leden", access=Document.Access.LEDEN)
    assert add_content(edition=current, picks=[pick(hidden), "x:y", "999:1"]) == []


def test_search_finds_content_by_title_grouped_by_kind(editions):
    _previous, current = editions
    FigureFactory(label="Huishoudens met schulden bij de voedselbank")
    CooperatieFactory(name="Voedselcoöperatie Noord")
    groups = search(current, "voedsel")
    assert titles(groups) == {"Huishoudens met schulden bij de voedselbank (2016)", "Voedselcoöperatie Noord"}
    assert len(groups) == 2


def test_the_compose_page_adds_only_what_is_ticked(client, secretariaat_user, editions):
    _previous, current = editions
    first, second = EventFactory(title="Eerste dag"), EventFactory(title="Tweede dag")
    client.force_login(secretariaat_user)
    page = client.get(reverse("admin:nieuwsbrief_edition_compose", args=[current.pk])).content.decode()
    assert "Eerste dag" in page and "Tweede dag" in page
    client.post(reverse("admin:nieuwsbrief_edition_compose", args=[current.pk]), {"pick": [pick(second)]})
    assert list(current.items.values_list("title", flat=True)) == ["Tweede dag"]
    assert first.pk  # the other one was shown but not added
