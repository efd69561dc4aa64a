"""The secretariat's event form: drafts published after a checklist, capacity changes through the service."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import Event, Registration
from alliantie.tests.factories import MembershipFactory
from portal.outbox.models import OutgoingMail

from .factories import EventFactory, WorkshopFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def _split(moment):
    local = timezone.localtime(moment)
    return local.date().isoformat(), local.strftime("%H:%M:%S")


def change_data(event, workshops=(), **changes):
    """What the event's change form sends back unchanged, with ``changes`` on top."""
    opens, closes = _split(event.registration_opens), _split(event.registration_closes)
    data = {
        "kind": event.kind,
        "title": event.title,
        "slug": event.slug,
        "status": event.status,
        "is_public": "on",
        "date": event.date.isoformat(),
        "year": event.year,
        "start_time": "10:00",
        "end_time": "16:00",
        "city": event.city,
        "registration_opens_0": opens[0],
        "registration_opens_1": opens[1],
        "registration_closes_0": closes[0],
        "registration_closes_1": closes[1],
        "capacity": event.capacity or "",
        "workshop_choice": event.workshop_choice,
        "audience": event.audience,
        "loaded_version": event.version,
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "workshops-TOTAL_FORMS": str(len(workshops)),
        "workshops-INITIAL_FORMS": str(len(workshops)),
    }
    for n, workshop in enumerate(workshops):
        data |= {
            f"workshops-{n}-id": workshop.pk,
            f"workshops-{n}-event": event.pk,
            f"workshops-{n}-title": workshop.title,
            f"workshops-{n}-time_slot": workshop.time_slot,
            f"workshops-{n}-capacity": workshop.capacity or "",
            f"workshops-{n}-order": workshop.order,
            f"workshops-{n}-loaded_version": workshop.version,
        }
    return data | changes


def member(first, last):
    return MembershipFactory(user__first_name=first, user__last_name=last).user


def test_a_new_event_is_a_draft_nobody_outside_the_admin_sees(admin_client, client):
    admin_client.post(
        reverse("admin:agenda_event_add"),
        {
            "kind": "bijeenkomst",
            "title": "Bijeenkomst Zwolle",
            "slug": "bijeenkomst-zwolle",
            "status": "gepland",
            "is_public": "on",
            "date": "2030-10-10",
            "workshop_choice": "direct",
            "audience": "iedereen",
            "speakers-TOTAL_FORMS": "0",
            "speakers-INITIAL_FORMS": "0",
            "workshops-TOTAL_FORMS": "0",
            "workshops-INITIAL_FORMS": "0",
        },
    )
    admin_client.logout()
    assert Event.objects.get(slug="bijeenkomst-zwolle").published_at is None
    assert client.get("/agenda/bijeenkomst-zwolle/").status_code == 404


def test_publishing_an_event_in_the_past_asks_for_confirmation(admin_client):
    event = EventFactory(date=in_days(-3), published_at=None)
    response = admin_client.post(reverse("admin:agenda_event_publish", args=[event.pk]))
    event.refresh_from_db()
    assert "ligt in het verleden" in response.content.decode() and event.published_at is None


def test_publishing_after_yes_puts_the_event_live(admin_client, client):
    event = EventFactory(date=in_days(-3), published_at=None)
    admin_client.post(reverse("admin:agenda_event_publish", args=[event.pk]), {"accept_warnings": "1"})
    admin_client.logout()
    assert client.get(event.get_absolute_url()).status_code == 200


def test_the_checklist_names_workshops_without_capacity(admin_client):
    event = EventFactory(published_at=None)
    WorkshopFactory(event=event, title="Werkgroep wonen", capacity=None)
    html = admin_client.get(reverse("admin:agenda_event_publish", args=[event.pk])).content.decode()
    assert "Werkgroep ‘Werkgroep wonen’ heeft geen aantal plaatsen." in html


def test_registration_opens_at_publication_when_no_date_was_set(time_machine):
    moment = datetime.datetime(2030, 3, 2, 9, 0, tzinfo=datetime.UTC)
    time_machine.move_to(moment, tick=False)
    event = EventFactory(date=datetime.date(2030, 4, 1), published_at=None, registration_opens=None)
    services.publish(event=event)
    event.refresh_from_db()
    assert event.registration_opens == moment


def test_raising_a_workshops_capacity_promotes_the_first_waiting_person(admin_client):
    event = EventFactory()
    workshop = WorkshopFactory(event=event, capacity=1)
    services.register(event=event, user=member("Anna", "Jansen"), workshop=workshop)
    first = services.register(event=event, user=member("Bert", "de Vries"), workshop=workshop)
    second = services.register(event=event, user=member("Cor", "Bakker"), workshop=workshop)
    admin_client.post(
        reverse("admin:agenda_event_change", args=[event.pk]),
        change_data(event, [workshop], **{"workshops-0-capacity": "2"}),
    )
    statuses = dict(Registration.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "status"))
    assert statuses == {first.pk: "bevestigd", second.pk: "wachtlijst"}


def test_the_promoted_person_gets_a_mail(admin_client):
    event = EventFactory(capacity=1)
    services.register(event=event, user=member("Anna", "Jansen"))
    waiting = services.register(event=event, user=member("Bert", "de Vries"))
    admin_client.post(reverse("admin:agenda_event_change", args=[event.pk]), change_data(event, capacity="2"))
    mails = OutgoingMail.objects.filter(template="agenda/email/promotion")
    assert [m.to for m in mails] == [[waiting.user.email]]


def test_lowering_capacity_below_the_confirmed_count_is_refused_with_names(admin_client):
    event = EventFactory()
    workshop = WorkshopFactory(event=event, capacity=3)
    services.register(event=event, user=member("Anna", "Jansen"), workshop=workshop)
    services.register(event=event, user=member("Bert", "de Vries"), workshop=workshop)
    response = admin_client.post(
        reverse("admin:agenda_event_change", args=[event.pk]),
        change_data(event, [workshop], **{"workshops-0-capacity": "1"}),
    )
    workshop.refresh_from_db()
    assert "verliezen deze mensen hun plaats: Bert de Vries." in response.content.decode() and workshop.capacity == 3


def test_back_to_draft_takes_the_event_off_the_public_agenda(admin_client, client):
    event = EventFactory(title="Alliantiedag Deventer")
    admin_client.post(reverse("admin:agenda_event_unpublish", args=[event.pk]))
    admin_client.logout()
    assert "Alliantiedag Deventer" not in client.get(reverse("agenda:event-list")).content.decode()


def test_back_to_draft_is_in_the_audit_trail(admin_client, secretariaat_user):
    event = EventFactory()
    admin_client.post(reverse("admin:agenda_event_unpublish", args=[event.pk]))
    entry = LogEntry.objects.get_for_object(event).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == secretariaat_user and "published_at" in entry.changes_dict


def test_the_back_to_draft_page_says_how_many_people_are_registered(admin_client):
    event = EventFactory()
    services.register(event=event, user=member("Anna", "Jansen"))
    services.register(event=event, user=member("Bert", "de Vries"))
    html = admin_client.get(reverse("admin:agenda_event_unpublish", args=[event.pk])).content.decode()
    assert "Er zijn 2 mensen aangemeld." in html


def test_back_to_draft_mails_nobody_unless_asked(admin_client):
    event = EventFactory()
    services.register(event=event, user=member("Anna", "Jansen"))
    admin_client.post(reverse("admin:agenda_event_unpublish", args=[event.pk]))
    assert not OutgoingMail.objects.filter(template="agenda/email/back_to_draft").exists()


def test_back_to_draft_with_stuur_bericht_mails_the_registered(admin_client):
    event = EventFactory()
    anna = services.register(event=event, user=member("Anna", "Jansen"))
    admin_client.post(reverse("admin:agenda_event_unpublish", args=[event.pk]), {"notify": "1"})
    mails = OutgoingMail.objects.filter(template="agenda/email/back_to_draft")
    assert [m.to for m in mails] == [[anna.user.email]]
