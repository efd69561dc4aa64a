"""Binnenkomst at the door: tick present (twice counts once), walk-ins, counts, only for the secretariat."""

import pytest

from agenda import services
from agenda.models import Registration
from agenda.tests.factories import EventFactory, WorkshopFactory, in_days
from alliantie.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def day(time_machine):
    """An event with one confirmed person, and the clock at its start: check-in is open."""
    event = EventFactory(slug="deur")
    workshop = WorkshopFactory(event=event, title="Werkgroep zorg", capacity=2)
    member = MembershipFactory(user__first_name="Annelies", user__last_name="de Boer").user
    registration = services.register(event=event, user=member, workshop=workshop)
    time_machine.move_to(event.starts_at, tick=False)
    return event, workshop, registration


def test_ticking_present_twice_counts_once(client, secretariaat_user, day):
    event, workshop, registration = day
    client.force_login(secretariaat_user)
    url = f"/agenda/{event.slug}/binnenkomst/aanwezig/"
    first = client.post(url, {"registration": registration.pk, "q": "boer"})
    second = client.post(url, {"registration": registration.pk, "q": "boer"}, follow=True)
    assert first.status_code == 302 and first["Location"].endswith(f"?q=boer#aanmelding-{registration.pk}")
    assert Registration.objects.filter(event=event, status="aanwezig").count() == 1
    assert "Annelies de Boer was al aanwezig." in second.content.decode()
    assert second.context["counts"] == {"present": 1, "expected": 1, "waiting": 0}
    assert [(w.title, w.present, w.expected) for w in second.context["workshops"]] == [("Werkgroep zorg", 1, 1)]


def test_search_by_name(client, secretariaat_user, day):
    event, _workshop, registration = day
    services.register_walk_in(event=event, guest_name="Piet Jansen", registered_by=secretariaat_user)
    client.force_login(secretariaat_user)
    response = client.get(f"/agenda/{event.slug}/binnenkomst/", {"q": "annel"})
    assert [p.display_name for p in response.context["people"]] == ["Annelies de Boer"]


def test_walk_in_is_present_and_on_the_presentielijst(client, secretariaat_user, day):
    event, workshop, _registration = day
    client.force_login(secretariaat_user)
    response = client.post(
        f"/agenda/{event.slug}/binnenkomst/nieuw/", {"guest_name": "Kees Bakker", "workshop": workshop.pk}
    )
    assert response.status_code == 302
    walk_in = Registration.objects.get(guest_name="Kees Bakker")
    assert walk_in.status == "aanwezig" and walk_in.workshop == workshop and walk_in.registered_by == secretariaat_user
    attendance = client.get(f"/admin/agenda/event/{event.pk}/presentielijst/").content.decode()
    assert "Kees Bakker" in attendance and "Annelies de Boer" in attendance


def test_walk_in_into_a_full_workshop_asks_first(client, secretariaat_user, day):
    event, workshop, _registration = day
    services.register_walk_in(event=event, guest_name="Eerste", registered_by=secretariaat_user, workshop=workshop)
    client.force_login(secretariaat_user)
    response = client.post(
        f"/agenda/{event.slug}/binnenkomst/nieuw/", {"guest_name": "Tweede", "workshop": workshop.pk}
    )
    assert (
        response.context["question"] == ("Werkgroep ‘Werkgroep zorg’ is vol (2 plaatsen). Wilt u Tweede toch toelaten?")
        and not Registration.objects.filter(guest_name="Tweede").exists()
    )


def test_walk_in_into_a_full_workshop_after_yes_is_present(client, secretariaat_user, day):
    event, workshop, _registration = day
    services.register_walk_in(event=event, guest_name="Eerste", registered_by=secretariaat_user, workshop=workshop)
    client.force_login(secretariaat_user)
    client.post(
        f"/agenda/{event.slug}/binnenkomst/nieuw/",
        {"guest_name": "Tweede", "workshop": workshop.pk, "over_capacity": "1"},
    )
    assert Registration.objects.get(guest_name="Tweede").status == "aanwezig"


def test_only_the_secretariat_checks_in(client, day):
    event, _workshop, registration = day
    assert client.get(f"/agenda/{event.slug}/binnenkomst/").status_code == 302  # to the login page
    client.force_login(registration.user)
    assert client.get(f"/agenda/{event.slug}/binnenkomst/").status_code == 403
    assert (
        client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": registration.pk}).status_code == 403
    )
    registration.refresh_from_db()
    assert registration.status == "bevestigd"


def test_checkin_page_queries_do_not_grow_with_people(client, secretariaat_user, day, django_assert_max_num_queries):
    event, workshop, _registration = day
    for n in range(10):
        services.register_walk_in(event=event, guest_name=f"Gast {n}", registered_by=secretariaat_user)
    client.force_login(secretariaat_user)
    with django_assert_max_num_queries(12):
        response = client.get(f"/agenda/{event.slug}/binnenkomst/")
    assert len(response.context["people"]) == 11


def test_checkin_shows_the_stemcode_to_hand_out(client, secretariaat_user, day):
    from agenda.models import Vote
    from agenda.votes import services as vote_services

    event, _workshop, registration = day
    vote = Vote.objects.create(event=event)
    code = vote_services.make_codes(vote=vote)[0]
    client.force_login(secretariaat_user)
    html = client.get(f"/agenda/{event.slug}/binnenkomst/").content.decode()
    assert f"Stemcode: {code.display}" in html and code.registration == registration


def test_a_malformed_registration_number_is_a_404_not_an_error(client, secretariaat_user, day):
    event, _workshop, _registration = day
    client.force_login(secretariaat_user)
    url = f"/agenda/{event.slug}/binnenkomst/aanwezig/"
    assert client.post(url, {"registration": "abc"}).status_code == 404


@pytest.fixture
def full_day(time_machine):
    """A workshop with one seat: Annelies has it, Bert waits. The clock at the event's start."""
    event = EventFactory(slug="vol")
    workshop = WorkshopFactory(event=event, title="Werkgroep werk", capacity=1)
    seated = MembershipFactory(user__first_name="Annelies", user__last_name="de Boer").user
    waiting = MembershipFactory(user__first_name="Bert", user__last_name="Visser").user
    services.register(event=event, user=seated, workshop=workshop)
    registration = services.register(event=event, user=waiting, workshop=workshop)
    time_machine.move_to(event.starts_at, tick=False)
    return event, registration


def test_the_door_list_shows_waiting_people_with_their_status(client, secretariaat_user, full_day):
    event, waiting = full_day
    client.force_login(secretariaat_user)
    html = client.get(f"/agenda/{event.slug}/binnenkomst/", {"q": "visser"}).content.decode()
    assert "Op de wachtlijst (plaats 1)" in html


def test_checking_in_a_waiting_person_asks_first(client, secretariaat_user, full_day):
    event, waiting = full_day
    client.force_login(secretariaat_user)
    response = client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": waiting.pk})
    waiting.refresh_from_db()
    assert "Bert Visser staat op de wachtlijst (plaats 1)" in response.context["question"]
    assert waiting.status == "wachtlijst"


def test_a_waiting_person_let_in_after_yes_is_present(client, secretariaat_user, full_day):
    event, waiting = full_day
    client.force_login(secretariaat_user)
    client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": waiting.pk, "admit_waiting": "1"})
    waiting.refresh_from_db()
    assert waiting.status == "aanwezig"


def test_check_in_before_the_event_day_asks_first(client, secretariaat_user):
    event = EventFactory(date=in_days(30))
    member = MembershipFactory(user__first_name="Annelies", user__last_name="de Boer").user
    registration = services.register(event=event, user=member)
    client.force_login(secretariaat_user)
    response = client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": registration.pk})
    registration.refresh_from_db()
    assert "De activiteit is pas op" in response.context["question"] and registration.status == "bevestigd"


def test_an_undone_check_in_is_undone(client, secretariaat_user, day):
    event, _workshop, registration = day
    client.force_login(secretariaat_user)
    client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": registration.pk})
    client.post(f"/agenda/{event.slug}/binnenkomst/ongedaan/", {"registration": registration.pk})
    registration.refresh_from_db()
    assert registration.status == "bevestigd"


def test_the_presentielijst_is_sorted_by_surname(client, secretariaat_user, day):
    event, _workshop, _registration = day
    services.register_walk_in(event=event, guest_name="Piet van den Berg", registered_by=secretariaat_user)
    services.register_walk_in(event=event, guest_name="Cor Bakker", registered_by=secretariaat_user)
    services.register_walk_in(event=event, guest_name="Anna Jansen", registered_by=secretariaat_user)
    client.force_login(secretariaat_user)
    response = client.get(f"/admin/agenda/event/{event.pk}/presentielijst/")
    names = [r.display_name for r in response.context["registrations"]]
    assert names == ["Cor Bakker", "Piet van den Berg", "Annelies de Boer", "Anna Jansen"]


def test_an_undone_check_in_of_a_waiting_person_puts_them_back_on_the_waiting_list(client, secretariaat_user, full_day):
    event, waiting = full_day
    client.force_login(secretariaat_user)
    client.post(f"/agenda/{event.slug}/binnenkomst/aanwezig/", {"registration": waiting.pk, "admit_waiting": "1"})
    client.post(f"/agenda/{event.slug}/binnenkomst/ongedaan/", {"registration": waiting.pk})
    waiting.refresh_from_db()
    assert (waiting.status, waiting.waitlist_position) == ("wachtlijst", 1)


def test_an_undone_check_in_puts_a_waiting_person_back_at_their_former_place(time_machine):
    event = EventFactory(capacity=1)
    services.register(event=event, user=MembershipFactory().user)
    first, second, third = (services.register(event=event, user=MembershipFactory().user) for _n in range(3))
    time_machine.move_to(event.starts_at, tick=False)
    services.check_in(registration=second, admit_waiting=True)
    services.undo_check_in(registration=second)
    positions = dict(Registration.objects.waiting().filter(event=event).values_list("pk", "waitlist_position"))
    assert positions == {first.pk: 1, second.pk: 2, third.pk: 3}
