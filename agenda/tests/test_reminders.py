"""Nobody forgotten: a reminder three days before, a plain word to those still waiting when the event starts, a
thank-you afterwards; each mail once, however often the job runs. Fixed moments, passed as ``now``."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import Registration
from agenda.tasks import send_event_reminders, send_event_thanks
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, UserFactory
from portal.outbox.services import deliver_waiting

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2030, 3, 15)


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime(2030, 3, day, hour, minute))


def forget_earlier_mail():
    """The confirmations of registering are not what these tests are about."""
    deliver_waiting()
    mail.outbox.clear()


def member(first_name):
    return MembershipFactory(user=UserFactory(first_name=first_name, last_name="de Vries")).user


@pytest.fixture
def event():
    # 15 March 2030, 10–16 uur. Registration is open now (the factory's default), so the service takes people.
    return EventFactory(title="Alliantiedag Zwolle", date=DAY, city="Zwolle", venue="Het Zwolse Huis")


@pytest.fixture
def full_event(event):
    event.capacity = 1
    event.save()
    services.register(event=event, user=member("Anna"))
    services.register(event=event, user=member("Bert"))
    return event


def test_the_reminder_goes_once_even_if_the_job_runs_twice(event, mail_delivered):
    services.register(event=event, user=member("Anna"))
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 11))
        services.send_reminders(now=at(12, 12))
    assert [m.subject for m in mail.outbox] == ["Herinnering: Alliantiedag Zwolle"]


def test_the_reminder_has_the_place_times_route_and_calendar_file(event, mail_delivered):
    services.register(event=event, user=member("Anna"))
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 11))
    message = mail.outbox[0]
    assert "Plaats: Het Zwolse Huis, Zwolle" in message.body
    assert "10:00–16:00 uur" in message.body
    assert "https://www.openstreetmap.org/search?query=Het+Zwolse+Huis%2C+Zwolle" in message.body
    assert message.attachments[0][0] == f"{event.slug}.ics"


def test_no_reminder_more_than_three_days_before(event, mail_delivered):
    services.register(event=event, user=member("Anna"))
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 9))
    assert mail.outbox == []


def test_only_people_with_a_seat_are_reminded(full_event, mail_delivered):
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 11))
    assert [m.body.splitlines()[0] for m in mail.outbox] == ["Beste Anna de Vries,"]


def test_someone_without_an_email_address_gets_no_reminder(event, mail_delivered):
    contact = MembershipFactory(role=Membership.Role.CONTACTPERSOON)
    services.register(
        event=event, guest_name="Truus de Boer", organisation=contact.organisation, registered_by=contact.user
    )
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 11))
    assert mail.outbox == []


def test_the_call_list_names_who_has_a_seat_and_no_email_address(event, client, secretariaat_user):
    contact = MembershipFactory(role=Membership.Role.CONTACTPERSOON, user=UserFactory(first_name="Anna"))
    services.register(
        event=event, guest_name="Truus de Boer", organisation=contact.organisation, registered_by=contact.user
    )
    services.register(event=event, user=member("Bert"))
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:agenda_event_call_list", args=[event.pk])).content.decode()
    table = html.split('class="belijst"', 1)[1].split("</table>", 1)[0]
    assert "Truus de Boer" in table and "Bert" not in table


def test_those_still_waiting_hear_once_that_there_was_no_seat(full_event, mail_delivered):
    forget_earlier_mail()
    with mail_delivered():
        services.close_waiting_lists(now=at(15, 10, 5))
        services.close_waiting_lists(now=at(15, 11, 5))
    assert [(m.subject, m.body.splitlines()[0]) for m in mail.outbox] == [
        ("Geen plaats: Alliantiedag Zwolle", "Beste Bert de Vries,")
    ]


def test_the_waiting_list_stays_open_until_the_start(full_event, mail_delivered):
    forget_earlier_mail()
    with mail_delivered():
        services.close_waiting_lists(now=at(15, 9, 55))
    assert mail.outbox == []


def test_the_day_after_those_with_a_seat_are_thanked_with_the_events_page(full_event, mail_delivered):
    forget_earlier_mail()
    with mail_delivered():
        services.send_thanks(now=at(16, 9, 30))
    assert [m.body.splitlines()[0] for m in mail.outbox] == ["Beste Anna de Vries,"]
    assert full_event.get_absolute_url() in mail.outbox[0].body


def test_the_thank_you_mentions_workshop_reports_only_when_there_are_some(event, mail_delivered):
    WorkshopFactory(event=event, report="Wij spraken over de huur.")
    services.register(event=event, user=member("Anna"), workshop=event.workshops.get())
    forget_earlier_mail()
    with mail_delivered():
        services.send_thanks(now=at(16, 9, 30))
    assert "verslagen van de werkgroepen" in mail.outbox[0].body


def test_no_thank_you_on_the_day_itself(event, mail_delivered):
    services.register(event=event, user=member("Anna"))
    forget_earlier_mail()
    with mail_delivered():
        services.send_thanks(now=at(15, 17))
    assert mail.outbox == []


def test_a_cancelled_registration_is_not_thanked(event, mail_delivered):
    registration = services.register(event=event, user=member("Anna"))
    services.cancel(registration=registration)
    forget_earlier_mail()
    with mail_delivered():
        services.send_thanks(now=at(16, 9, 30))
    assert mail.outbox == []


def test_the_worker_jobs_send_with_the_clocks_time(event, mail_delivered, time_machine):
    services.register(event=event, user=member("Anna"))
    forget_earlier_mail()
    time_machine.move_to(at(12, 11), tick=False)
    with mail_delivered():
        send_event_reminders(timestamp=0)
        send_event_thanks(timestamp=0)
    assert [m.subject for m in mail.outbox] == ["Herinnering: Alliantiedag Zwolle"]
    assert Registration.objects.get().sent_reminders.count() == 1


def test_someone_without_an_account_is_reminded_by_mail_with_the_private_link(event, mail_delivered):
    event.audience = event.Audience.IEDEREEN
    event.save()
    registration = services.register(event=event, guest_name="Els", guest_email="els@example.org")
    services.register(event=event, guest_name="Jan", guest_phone="06 12345678")
    forget_earlier_mail()
    with mail_delivered():
        services.send_reminders(now=at(12, 11))
    [message] = mail.outbox
    assert message.to == ["els@example.org"]
    assert registration.get_private_url() in message.body


def test_someone_with_only_a_phone_is_on_the_call_list(event, client, secretariaat_user):
    event.audience = event.Audience.IEDEREEN
    event.save()
    services.register(event=event, guest_name="Jan Jansen", guest_phone="06 12345678")
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:agenda_event_call_list", args=[event.pk])).content.decode()
    assert "Jan Jansen" in html and "0612345678" in html
