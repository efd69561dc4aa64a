"""Fair workshop allocation: 60 members rank 3 workshops of 20 seats; random serial dictatorship."""

import datetime
import itertools
import random

import pytest
from django.utils import timezone

from agenda import services
from agenda.allocation import serial_dictatorship
from agenda.models import Event, Registration, WorkshopPreference
from agenda.tests.factories import EventFactory, WorkshopFactory
from alliantie.tests.factories import MembershipFactory
from portal.outbox.models import OutgoingMail

pytestmark = pytest.mark.django_db

SEED = "9f3c2a71b04e55d8"
TITLES = ("Werk", "Inkomen", "Zorg")


def preference_event(slug, capacity=20, titles=TITLES):
    event = EventFactory(
        slug=slug,
        workshop_choice=Event.WorkshopChoice.VOORKEUREN,
        preference_deadline=timezone.now() + datetime.timedelta(days=5),
    )
    workshops = [
        WorkshopFactory(event=event, title=title, capacity=capacity, order=i) for i, title in enumerate(titles)
    ]
    return event, workshops


@pytest.fixture
def members():
    """60 members whose rankings lean towards 'Werk', so not everyone can have their first choice."""
    rng = random.Random(18)
    people = []
    for _ in range(60):
        user = MembershipFactory().user
        ranking = sorted(range(3), key=lambda i: rng.random() * (0.45 if i == 0 else 1.0))
        people.append((user, ranking))
    return people


def sign_up(event, workshops, members):
    for user, ranking in members:
        services.register(event=event, user=user, preferences=[workshops[i] for i in ranking])


def outcome_by_user(event):
    return dict(
        Registration.objects.filter(event=event).exclude(workshop=None).values_list("user_id", "workshop__title")
    )


def test_sixty_members_three_workshops_reproducible_efficient_and_order_free(members, capsys):
    first, workshops_1 = preference_event("dag-1")
    sign_up(first, workshops_1, members)
    outcome = services.allocate(event=first, seed=SEED)

    # Everyone has a seat (60 seats for 60 people), no workshop over its 20 seats.
    placed = outcome_by_user(first)
    assert len(placed) == 60 and not outcome.unplaced
    assert sorted(list(placed.values()).count(t) for t in TITLES) == [20, 20, 20]

    # Reproducible from the published seed: the pure draw on the stored preferences gives the same places.
    first.refresh_from_db()
    assert first.allocation_seed == SEED
    choices = {}
    for preference in WorkshopPreference.objects.filter(registration__event=first).order_by("rank"):
        choices.setdefault(f"lid-{preference.registration.user_id}", []).append(preference.workshop_id)
    replay = serial_dictatorship(choices=choices, seats={w.pk: 20 for w in workshops_1}, seed=first.allocation_seed)
    assert {int(person[4:]): wid for person, wid in replay.placed.items()} == dict(
        Registration.objects.filter(event=first).values_list("user_id", "workshop_id")
    )

    # Pareto-efficient: no two members in different workshops would both rather have the other's seat.
    rank = {user.pk: {TITLES[i]: r for r, i in enumerate(ranking)} for user, ranking in members}
    for a, b in itertools.combinations(placed, 2):
        wa, wb = placed[a], placed[b]
        assert not (rank[a][wb] < rank[a][wa] and rank[b][wa] < rank[b][wb]), (a, b)

    # The order of signing up does not matter: the same members in reverse order, same seed, same places.
    second, workshops_2 = preference_event("dag-2")
    sign_up(second, workshops_2, list(reversed(members)))
    services.allocate(event=second, seed=SEED)
    assert outcome_by_user(second) == placed

    share = outcome.share_first_choice()
    got_first = sum(1 for user, ranking in members if placed[user.pk] == TITLES[ranking[0]])
    assert share == got_first / 60
    wanted = {t: sum(1 for _, r in members if TITLES[r[0]] == t) for t in TITLES}
    with capsys.disabled():
        print(f"\n[allocation] first choices wanted: {wanted}; seed {SEED}")
        print(f"[allocation] share with first choice: {got_first}/60 = {share:.0%}")
        print(f"[allocation] ranks given: { {r: list(outcome.ranks.values()).count(r) for r in (1, 2, 3)} }")
    # 20 seats per workshop: at most this many can have their first choice, whatever the method.
    best_possible = sum(min(20, n) for n in wanted.values())
    with capsys.disabled():
        print(f"[allocation] most that any allocation could give their first choice: {best_possible}/60")
    # Nobody misses their first choice while it still has a free seat.
    seated = {title: list(placed.values()).count(title) for title in TITLES}
    missed = {TITLES[ranking[0]] for user, ranking in members if placed[user.pk] != TITLES[ranking[0]]}
    assert all(seated[title] == 20 for title in missed)


def test_another_seed_gives_another_draw(members):
    event_a, workshops_a = preference_event("dag-a")
    event_b, workshops_b = preference_event("dag-b")
    sign_up(event_a, workshops_a, members)
    sign_up(event_b, workshops_b, members)
    services.allocate(event=event_a, seed=SEED)
    services.allocate(event=event_b, seed="0000000000000001")
    assert outcome_by_user(event_a) != outcome_by_user(event_b)


def test_running_twice_changes_nothing_and_sends_no_second_mail():
    event, workshops = preference_event("twee-keer", capacity=1, titles=("A", "B"))
    users = [MembershipFactory().user for _ in range(3)]
    for user in users:
        services.register(event=event, user=user, preferences=workshops)
    first = services.allocate(event=event, seed=SEED)
    before = dict(Registration.objects.filter(event=event).values_list("pk", "status"))
    mails = OutgoingMail.objects.filter(template__startswith="agenda/email/allocation").count()
    assert first is not None and mails == 3

    assert services.allocate(event=event, seed="een ander getal") is None
    event.refresh_from_db()
    assert event.allocation_seed == SEED
    assert dict(Registration.objects.filter(event=event).values_list("pk", "status")) == before
    assert OutgoingMail.objects.filter(template__startswith="agenda/email/allocation").count() == 3


def test_unplaced_member_waits_for_each_choice_in_order():
    event, (a, b) = preference_event("wachten", capacity=1, titles=("A", "B"))
    users = [MembershipFactory().user for _ in range(3)]
    for user in users:
        services.register(event=event, user=user, preferences=[a, b])
    outcome = services.allocate(event=event, seed=SEED)
    waiting = Registration.objects.get(event=event, status=Registration.Status.WACHTLIJST)
    assert waiting.waitlist_position == 1 and waiting.workshop == a
    assert OutgoingMail.objects.filter(to__contains=waiting.user.email, subject__startswith="Wachtlijst").exists()

    # A seat frees up in their second choice: they get it (and are mailed).
    in_b = Registration.objects.get(event=event, workshop=b, status=Registration.Status.BEVESTIGD)
    services.cancel(registration=in_b)
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.BEVESTIGD and waiting.workshop == b
    assert len(outcome.order) == 3


def test_deadline_job_allocates_due_events_once(time_machine):
    from procrastinate.contrib.django import app

    assert "agenda.tasks.allocate_workshops" in app.tasks
    event, workshops = preference_event("deadline", titles=("A",))
    services.register(event=event, user=MembershipFactory().user, preferences=workshops)
    assert services.allocate_due() == []  # before the deadline nothing is due
    time_machine.move_to(event.preference_deadline + datetime.timedelta(minutes=1), tick=False)
    assert len(services.allocate_due()) == 1
    assert services.allocate_due() == []
    assert Registration.objects.get(event=event).status == Registration.Status.BEVESTIGD


def test_preferences_need_a_first_choice_and_each_workshop_once(client):
    event, (a, b, c) = preference_event("keuzes")
    member = MembershipFactory().user
    client.force_login(member)
    url = f"/agenda/{event.slug}/aanmelden/"
    response = client.post(url, {"choice_1": a.pk, "choice_2": a.pk})
    assert response.status_code == 200
    assert "Deze werkgroep koos u al" in response.content.decode()
    assert not Registration.objects.exists()

    response = client.post(url, {"choice_1": b.pk, "choice_2": a.pk})
    registration = Registration.objects.get(user=member)
    assert response.status_code == 302 and registration.status == Registration.Status.VOORKEUR
    assert [p.workshop for p in registration.preferences.all()] == [b, a]
    assert OutgoingMail.objects.filter(subject__startswith="Uw keuzes ontvangen").count() == 1


def test_preferences_cannot_be_swapped_for_a_seat_before_the_draw():
    event, (a, b, _c) = preference_event("eerst-loten")
    registration = services.register(event=event, user=MembershipFactory().user, preferences=[a])
    with pytest.raises(services.RegistrationError, match="Na de loting"):
        services.change_workshop(registration=registration, workshop=b)
    assert [p.workshop for p in registration.preferences.all()] == [a]


def test_admin_button_allocates_once_and_says_the_share_with_first_choice(client, secretariaat_user):
    event, workshops = preference_event("knop", capacity=1, titles=("A", "B"))
    for user in [MembershipFactory().user for _ in range(2)]:
        services.register(event=event, user=user, preferences=workshops)
    client.force_login(secretariaat_user)
    url = f"/admin/agenda/event/{event.pk}/verdelen/"
    assert client.get(url).status_code == 403  # a link can never start the draw
    response = client.post(url, follow=True)
    text = [str(m) for m in response.context["messages"]][0]
    assert "2 ingedeeld, 0 op de wachtlijst; 50% kreeg de eerste keus" in text
    again = client.post(url, follow=True)
    assert "was al verdeeld" in [str(m) for m in again.context["messages"]][0]
    assert OutgoingMail.objects.filter(template="agenda/email/allocation_placed").count() == 2
