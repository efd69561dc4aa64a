"""No lost edits on events and their workshops: a save based on what someone else changed since is refused."""

import pytest
from django.urls import reverse

from agenda.models import Event, Speaker, Workshop
from portal.tests.admin_forms import form_as_sent

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def loaded(staff, event):
    url = reverse("admin:agenda_event_change", args=[event.pk])
    return url, form_as_sent(staff.get(url), Event)


def test_a_fresh_save_of_an_event_works(staff):
    event = EventFactory()
    url, form = loaded(staff, event)
    staff.post(url, form | {"title": "Alliantiedag Zwolle"})
    assert Event.objects.get(pk=event.pk).title == "Alliantiedag Zwolle"


def test_a_stale_save_of_an_event_keeps_the_other_persons_title(staff):
    event = EventFactory()
    url, sams_form = loaded(staff, event)
    _, kims_form = loaded(staff, event)
    staff.post(url, kims_form | {"title": "Kims titel"})
    staff.post(url, sams_form | {"title": "Sams titel"})
    assert Event.objects.get(pk=event.pk).title == "Kims titel"


def test_a_stale_save_of_an_event_says_someone_else_changed_it(staff):
    event = EventFactory()
    url, sams_form = loaded(staff, event)
    _, kims_form = loaded(staff, event)
    staff.post(url, kims_form | {"title": "Kims titel"})
    page = staff.post(url, sams_form | {"title": "Sams titel"}).content.decode()
    assert "Iemand anders heeft dit intussen gewijzigd" in page


def test_a_fresh_save_of_a_workshop_works(staff):
    workshop = WorkshopFactory(title="Wonen")
    url, form = loaded(staff, workshop.event)
    staff.post(url, form | {"workshops-0-title": "Betaalbaar wonen"})
    assert Workshop.objects.get(pk=workshop.pk).title == "Betaalbaar wonen"


def test_a_stale_save_of_a_workshop_keeps_the_other_persons_title(staff):
    workshop = WorkshopFactory(title="Wonen")
    url, sams_form = loaded(staff, workshop.event)
    workshop.title = "Wonen en energie"
    workshop.save()
    staff.post(url, sams_form | {"workshops-0-title": "Betaalbaar wonen"})
    assert Workshop.objects.get(pk=workshop.pk).title == "Wonen en energie"


def test_a_stale_capacity_change_leaves_the_other_persons_capacity(staff):
    workshop = WorkshopFactory(capacity=20)
    url, sams_form = loaded(staff, workshop.event)
    _, kims_form = loaded(staff, workshop.event)
    staff.post(url, kims_form | {"workshops-0-capacity": "25"})
    staff.post(url, sams_form | {"workshops-0-capacity": "30"})
    assert Workshop.objects.get(pk=workshop.pk).capacity == 25


def test_a_stale_save_of_a_speaker_keeps_the_other_persons_name(staff):
    event = EventFactory()
    speaker = Speaker.objects.create(event=event, name="Anna Jansen")
    url, sams_form = loaded(staff, event)
    speaker.name = "Anna Jansen-de Vries"
    speaker.save()
    staff.post(url, sams_form | {"speakers-0-name": "A. Jansen"})
    assert Speaker.objects.get(pk=speaker.pk).name == "Anna Jansen-de Vries"
