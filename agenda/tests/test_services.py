"""Registration rules: members only, while open, seats never exceeded, waiting list in order."""

import datetime

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone
from icalendar import Calendar

from agenda import services
from agenda.models import Event, Registration
from agenda.services import RegistrationError
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, UserFactory

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def member():
    return MembershipFactory().user


def test_confirmed_registration_sends_mail_with_ics(mail_delivered):
    workshop = WorkshopFactory(capacity=2)
    user = member()
    with mail_delivered():
        registration = services.register(event=workshop.event, user=user, workshop=workshop, dietary=" vegetarisch ")
    assert registration.status == Registration.Status.BEVESTIGD
    assert registration.organisation == Membership.objects.approved_for(user).organisation
    assert registration.dietary == "vegetarisch"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "Aanmelding bevestigd" in message.subject
    assert workshop.title in message.body
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    entry = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(entry["SUMMARY"]) == workshop.event.title
    assert entry.decoded("DTSTART").date() == workshop.event.date


def test_full_workshop_puts_people_on_waiting_list_in_order(mail_delivered):
    workshop = WorkshopFactory(capacity=1)
    first, second, third = member(), member(), member()
    with mail_delivered():
        services.register(event=workshop.event, user=first, workshop=workshop)
        r2 = services.register(event=workshop.event, user=second, workshop=workshop)
        r3 = services.register(event=workshop.event, user=third, workshop=workshop)
    assert (r2.status, r2.waitlist_position) == ("wachtlijst", 1)
    assert (r3.status, r3.waitlist_position) == ("wachtlijst", 2)
    assert "wachtlijst" in mail.outbox[1].subject and "plaats 1" in mail.outbox[1].body
    assert not mail.outbox[1].attachments


def test_event_capacity_also_counts():
    event = EventFactory(capacity=1)
    services.register(event=event, user=member())
    second = services.register(event=event, user=member())
    assert second.status == Registration.Status.WACHTLIJST


def test_cancel_promotes_first_waiting_and_mails_them(mail_delivered):
    workshop = WorkshopFactory(capacity=1)
    users = [member() for _ in range(3)]
    with mail_delivered():
        regs = [services.register(event=workshop.event, user=u, workshop=workshop) for u in users]
    mail.outbox.clear()
    with mail_delivered():
        promoted = services.cancel(registration=regs[0])
    assert [r.pk for r in promoted] == [regs[1].pk]
    regs[1].refresh_from_db()
    regs[2].refresh_from_db()
    assert regs[1].status == "bevestigd" and regs[1].waitlist_position is None
    assert (regs[2].status, regs[2].waitlist_position) == ("wachtlijst", 1)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "afgemeld" in subjects[users[0].email]
    assert "Er is een plaats voor u" in subjects[users[1].email]
    promotion = next(m for m in mail.outbox if m.to == [users[1].email])
    assert promotion.attachments[0][0].endswith(".ics")


def test_cancel_from_waiting_list_moves_the_rest_up():
    workshop = WorkshopFactory(capacity=1)
    regs = [services.register(event=workshop.event, user=member(), workshop=workshop) for _ in range(4)]
    services.cancel(registration=regs[1])
    positions = list(Registration.objects.waiting().values_list("pk", "waitlist_position"))
    assert positions == [(regs[2].pk, 1), (regs[3].pk, 2)]


def test_promotion_skips_someone_whose_workshop_is_still_full():
    event = EventFactory()
    a = WorkshopFactory(event=event, capacity=1)
    b = WorkshopFactory(event=event, capacity=1)
    in_a = services.register(event=event, user=member(), workshop=a)
    in_b = services.register(event=event, user=member(), workshop=b)
    waits_a = services.register(event=event, user=member(), workshop=a)
    waits_b = services.register(event=event, user=member(), workshop=b)
    assert (waits_a.waitlist_position, waits_b.waitlist_position) == (1, 2)
    services.cancel(registration=in_b)
    waits_a.refresh_from_db()
    waits_b.refresh_from_db()
    assert waits_a.status == "wachtlijst" and waits_a.waitlist_position == 1
    assert waits_b.status == "bevestigd"
    assert in_a.status == "bevestigd"


def test_only_approved_members_register():
    event = EventFactory()
    pending = MembershipFactory(status=Membership.Status.AANGEVRAAGD).user
    with pytest.raises(RegistrationError, match="Alleen leden"):
        services.register(event=event, user=pending)
    with pytest.raises(RegistrationError):
        services.register(event=event, user=UserFactory())
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"registration_opens": None},
        {"registration_opens": timezone.now() + datetime.timedelta(days=1)},
        {
            "registration_closes": timezone.now() - datetime.timedelta(minutes=1),
            "registration_opens": timezone.now() - datetime.timedelta(days=2),
        },
        {"status": Event.Status.AFGELAST},
        {"date": None, "approximate_date": "najaar 2030"},
    ],
)
def test_only_while_registration_is_open(changes):
    event = EventFactory(**changes)
    with pytest.raises(RegistrationError, match="kan nu niet"):
        services.register(event=event, user=member())
    assert not Registration.objects.exists()


def test_one_active_registration_per_person():
    event = EventFactory()
    user = member()
    first = services.register(event=event, user=user)
    with pytest.raises(RegistrationError, match="al aangemeld"):
        services.register(event=event, user=user)
    services.cancel(registration=first)
    again = services.register(event=event, user=user)
    assert again.status == "bevestigd"
    assert Registration.objects.filter(event=event, user=user).count() == 2


def test_database_refuses_a_second_active_registration():
    event = EventFactory()
    user = member()
    Registration.objects.create(event=event, user=user)
    with pytest.raises(IntegrityError):
        Registration.objects.create(event=event, user=user)


def test_workshop_of_another_event_is_refused():
    event = EventFactory()
    WorkshopFactory(event=event)
    other = WorkshopFactory()
    with pytest.raises(RegistrationError):
        services.register(event=event, user=member(), workshop=other)
    with pytest.raises(RegistrationError, match="Kies een werkgroep"):
        services.register(event=event, user=member())


def test_cancel_impossible_after_start(time_machine):
    event = EventFactory()
    registration = services.register(event=event, user=member())
    time_machine.move_to(event.starts_at, tick=False)  # the morning of the day itself, when the doors open
    with pytest.raises(RegistrationError, match="al begonnen"):
        services.cancel(registration=registration)
    registration.refresh_from_db()
    assert registration.status == "bevestigd"


def test_change_workshop_when_seat_free_and_refused_when_full(mail_delivered):
    event = EventFactory()
    a = WorkshopFactory(event=event, capacity=1)
    b = WorkshopFactory(event=event, capacity=1)
    mine = services.register(event=event, user=member(), workshop=a)
    waiting_for_a = services.register(event=event, user=member(), workshop=a)
    with mail_delivered():
        services.change_workshop(registration=mine, workshop=b)
    mine.refresh_from_db()
    waiting_for_a.refresh_from_db()
    assert mine.workshop == b and mine.status == "bevestigd"
    # The seat freed in A goes to the first person waiting for it.
    assert waiting_for_a.status == "bevestigd"
    with pytest.raises(RegistrationError, match="vol"):
        services.change_workshop(registration=waiting_for_a, workshop=b)
    waiting_for_a.refresh_from_db()
    assert waiting_for_a.workshop == a and waiting_for_a.status == "bevestigd"


def test_waiting_member_changing_to_free_workshop_is_confirmed():
    event = EventFactory()
    a = WorkshopFactory(event=event, capacity=1)
    b = WorkshopFactory(event=event, capacity=5)
    services.register(event=event, user=member(), workshop=a)
    waiting = services.register(event=event, user=member(), workshop=a)
    assert waiting.status == "wachtlijst"
    changed = services.change_workshop(registration=waiting, workshop=b)
    assert changed.status == "bevestigd" and changed.workshop == b and changed.waitlist_position is None


def test_mark_present_only_confirmed(time_machine):
    workshop = WorkshopFactory(capacity=1)
    confirmed = services.register(event=workshop.event, user=member(), workshop=workshop)
    waiting = services.register(event=workshop.event, user=member(), workshop=workshop)
    time_machine.move_to(workshop.event.starts_at, tick=False)
    assert services.mark_present(registrations=[confirmed, waiting]) == 1
    confirmed.refresh_from_db()
    waiting.refresh_from_db()
    assert confirmed.status == "aanwezig" and waiting.status == "wachtlijst"
