import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from agenda.tests.factories import EventFactory
from alliantie.netwerk.models import Document
from alliantie.netwerk.tests.factories import DocumentFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from manifest.tests.factories import FigureFactory
from nieuwsbrief.models import EditionItem
from nieuwsbrief.proposals import propose_new_content

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


def test_proposes_only_public_content_new_since_previous_edition(editions):
    _previous, current = editions
    new_event = EventFactory(title="Nieuwe Alliantiedag")
    old_event = EventFactory(title="Oude Alliantiedag")
    make_old(old_event, 30)
    EventFactory(title="Besloten overleg", is_public=False)
    EventFactory(title="Voorbij", date=timezone.localdate() - datetime.timedelta(days=1))
    coop = CooperatieFactory(name="Nieuwe coöperatie")
    CooperatieFactory(name="Voorstel", status=Cooperatie.Status.VOORGESTELD)
    doc = DocumentFactory(title="Nieuwe brief")
    DocumentFactory(title="Alleen leden", access=Document.Access.LEDEN)

    added = propose_new_content(edition=current)

    titles = set(current.items.values_list("title", flat=True))
    assert titles == {"Nieuwe Alliantiedag", "Nieuwe coöperatie", "Nieuwe brief"}
    assert added == 3
    event_item = current.items.get(title="Nieuwe Alliantiedag")
    assert event_item.content_object == new_event
    assert event_item.url == new_event.get_absolute_url()
    coop_item = current.items.get(content_type=ContentType.objects.get_for_model(coop))
    assert coop_item.text == coop.summary
    assert current.items.filter(object_id=doc.pk, content_type__model="document").exists()


def test_proposing_twice_adds_nothing_the_second_time(editions):
    _previous, current = editions
    EventFactory()
    assert propose_new_content(edition=current) == 1
    assert propose_new_content(edition=current) == 0
    assert current.items.count() == 1


def test_new_published_figure_is_proposed_and_old_one_is_not(editions):
    _previous, current = editions
    new_figure = FigureFactory(label="Nieuw cijfer over armoede")
    old_figure = FigureFactory(label="Oud cijfer")
    make_old(old_figure, 30)

    assert propose_new_content(edition=current) == 1
    item = current.items.get()
    assert item.content_object == new_figure
    assert item.url == new_figure.get_absolute_url()


def test_admin_action_proposes_and_says_how_many(client, secretariaat_user, editions):
    _previous, current = editions
    EventFactory(title="Nieuwe Alliantiedag")
    client.force_login(secretariaat_user)
    response = client.post(
        reverse("admin:nieuwsbrief_edition_changelist"),
        {"action": "propose_new_content", "_selected_action": [current.pk]},
        follow=True,
    )
    content = response.content.decode()
    assert "Editie 2: 1 onderdelen toegevoegd." in content
    assert EditionItem.objects.filter(edition=current, title="Nieuwe Alliantiedag").exists()


def test_admin_inline_fills_title_from_picked_content(client, secretariaat_user):
    coop = CooperatieFactory(name="Gekozen coöperatie")
    edition = EditionFactory(number=5)
    client.force_login(secretariaat_user)
    content_type = ContentType.objects.get_for_model(coop)
    data = {
        "number": 5,
        "title": edition.title,
        "date": "2025-01-01",
        "introduction": "",
        "published": "on",
        "items-TOTAL_FORMS": 1,
        "items-INITIAL_FORMS": 0,
        "items-MIN_NUM_FORMS": 0,
        "items-MAX_NUM_FORMS": 1000,
        "items-0-position": 1,
        "items-0-title": "",
        "items-0-text": "",
        "items-0-url": "",
        "items-0-content_type": content_type.pk,
        "items-0-object_id": coop.pk,
    }
    response = client.post(reverse("admin:nieuwsbrief_edition_change", args=[edition.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    item = edition.items.get()
    assert item.title == "Gekozen coöperatie"
    assert item.url == coop.get_absolute_url()
