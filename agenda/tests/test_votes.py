"""The Verweer/Vernieuwing vote: codes, one ballot per code, changing, refusing, paper tallies, results."""

import re

import pytest
from django.core.cache import cache

from agenda.models import Development, Registration, Sticker, Vote, VoteCode
from agenda.tests.factories import EventFactory
from agenda.votes import services
from agenda.votes.views import GUESS_LIMIT
from alliantie.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def vote():
    event = EventFactory(title="Alliantiedag Deventer", city="Deventer", slug="deventer")
    vote = Vote.objects.create(event=event, stickers_per_person=2, status=Vote.Status.OPEN)
    for order, title in enumerate(["Ontwikkeling A", "Ontwikkeling B", "Ontwikkeling C"]):
        Development.objects.create(vote=vote, title=title, order=order)
    return vote


def ballot_url(vote, code):
    return f"/agenda/{vote.event.slug}/stemmen/{code.code}/"


def field(development):
    return f"ontwikkeling_{development.pk}"


def test_codes_for_each_registered_participant_and_loose_ones(vote):
    from agenda import services as registration_services

    member = MembershipFactory().user
    registration_services.register(event=vote.event, user=member)
    codes = services.make_codes(vote=vote, loose=3)
    assert len(codes) == 4
    assert VoteCode.objects.get(registration__user=member).vote == vote
    assert all(re.fullmatch(f"[{services.ALPHABET}]{{8}}", c.code) for c in codes)
    assert len({c.code for c in codes}) == 4
    # Asking again makes no second code for the same person.
    assert services.make_codes(vote=vote) == []


def test_vote_then_change_counts_once(client, vote):
    code = services.make_codes(vote=vote, loose=1)[0]
    a, b, c = vote.developments.all()
    response = client.post(ballot_url(vote, code), {field(a): "verweer", field(b): "vernieuwing", field(c): ""})
    assert response.status_code == 302
    response = client.post(ballot_url(vote, code), {field(a): "", field(b): "verweer", field(c): "verweer"})
    assert response.status_code == 302
    assert sorted(Sticker.objects.values_list("development__title", "side")) == [
        ("Ontwikkeling B", "verweer"),
        ("Ontwikkeling C", "verweer"),
    ]
    # The ballot page shows the current vote, checked.
    page = client.get(ballot_url(vote, code)).content.decode()
    assert re.search(rf'name="{field(b)}" value="verweer"[^>]*checked', page)


def test_more_stickers_than_allowed_is_a_field_error(client, vote):
    code = services.make_codes(vote=vote, loose=1)[0]
    a, b, c = vote.developments.all()
    response = client.post(ballot_url(vote, code), {field(a): "verweer", field(b): "verweer", field(c): "verweer"})
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {
        field(c): ["U heeft 2 stickers, maar u plakte er 3. Kies bij een ontwikkeling ‘Geen sticker’."]
    }
    assert "error-summary" in response.content.decode()
    assert not Sticker.objects.exists()


def test_guessed_code_is_refused_with_a_clear_message(client, vote):
    response = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": "ABCD-EFGH"})
    assert response.status_code == 200
    assert "Deze stemcode klopt niet" in response.content.decode()


def test_code_of_another_event_gets_the_same_answer_as_an_unknown_code(client, vote):
    other = Vote.objects.create(event=EventFactory(slug="roermond"), status=Vote.Status.OPEN)
    code = services.make_codes(vote=other, loose=1)[0]
    valid_elsewhere = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": code.code}).context["form"]
    unknown = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": "ABCD-EFGH"}).context["form"]
    assert valid_elsewhere.errors == unknown.errors == {"code": [services.WRONG_CODE]}
    response = client.get(ballot_url(vote, code), follow=True)
    assert services.WRONG_CODE in response.content.decode()


def test_code_after_closing_is_refused_and_the_vote_stays(client, vote):
    code = services.make_codes(vote=vote, loose=1)[0]
    a, *_ = vote.developments.all()
    client.post(ballot_url(vote, code), {field(a): "vernieuwing"})
    services.set_status(vote=vote, status=Vote.Status.GESLOTEN)
    response = client.post(ballot_url(vote, code), {field(a): "verweer"}, follow=True)
    assert "Het stemmen is gesloten" in response.content.decode()
    assert list(Sticker.objects.values_list("side", flat=True)) == ["vernieuwing"]


def test_code_typed_with_dash_and_small_letters_works(client, vote):
    code = services.make_codes(vote=vote, loose=1)[0]
    typed = services.display(code.code).lower()
    response = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == ballot_url(vote, code)


def test_guessing_is_limited_per_address(client, vote):
    cache.clear()
    code = services.make_codes(vote=vote, loose=1)[0]
    for n in range(GUESS_LIMIT + 1):
        client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": f"WRONG{n:03d}"})
    # Even the right code is refused now: a guesser learns nothing more.
    response = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": code.code})
    assert "te vaak een verkeerde stemcode" in response.content.decode()


def test_results_add_paper_to_phone_and_are_public_only_when_published(client, vote):
    codes = services.make_codes(vote=vote, loose=2)
    a, b, _c = vote.developments.all()
    services.cast(code=codes[0], stickers={a: "verweer", b: "vernieuwing"})
    services.cast(code=codes[1], stickers={a: "verweer"})
    Development.objects.filter(pk=a.pk).update(paper_verweer=10, paper_vernieuwing=4)
    url = f"/agenda/{vote.event.slug}/uitslag/"
    assert client.get(url).status_code == 404
    services.set_status(vote=vote, status=Vote.Status.GEPUBLICEERD)
    response = client.get(url)
    chart = response.context["chart"]
    row = chart.rows[0]
    assert (row.label, row.verweer, row.vernieuwing, row.total) == ("Ontwikkeling A", 12, 4, 16)
    html = response.content.decode()
    assert 'aria-label="Ontwikkeling A: 12 bij Verweer, 4 bij Vernieuwing"' in html
    assert '<td class="num">12</td>' in html


def test_results_page_counts_in_a_fixed_number_of_queries(client, vote, django_assert_max_num_queries):
    services.set_status(vote=vote, status=Vote.Status.GEPUBLICEERD)
    for _ in range(3):
        Development.objects.create(vote=vote, title=f"Extra {_}")
    with django_assert_max_num_queries(8):
        client.get(f"/agenda/{vote.event.slug}/uitslag/")


def test_year_comparison_shows_where_days_differ(client, vote):
    roermond = Vote.objects.create(event=EventFactory(slug="roermond", city="Roermond"), status=Vote.Status.OPEN)
    for order, title in enumerate(["Ontwikkeling A", "Ontwikkeling B"]):
        Development.objects.create(vote=roermond, title=title, order=order)
    Development.objects.filter(vote=vote, title="Ontwikkeling A").update(paper_verweer=9, paper_vernieuwing=1)
    Development.objects.filter(vote=roermond, title="Ontwikkeling A").update(paper_verweer=2, paper_vernieuwing=8)
    Development.objects.filter(title="Ontwikkeling B").update(paper_verweer=5, paper_vernieuwing=1)
    for v in (vote, roermond):
        services.set_status(vote=v, status=Vote.Status.GEPUBLICEERD)
    response = client.get(f"/agenda/stemming/{vote.event.year}/")
    charts = {chart.title: chart for chart in response.context["charts"]}
    assert charts["Ontwikkeling A"].differs and not charts["Ontwikkeling B"].differs
    assert [row.label for row in charts["Ontwikkeling A"].rows] == ["Deventer", "Roermond"]
    html = response.content.decode()
    assert html.count("Hier verschilden de dagen") == 1
    assert "Deventer: meer Verweer; Roermond: meer Vernieuwing." in html


def test_registration_keeps_its_code_private(client, vote):
    """The code is the ballot: it is never shown on a public page."""
    from agenda import services as registration_services

    registration_services.register(event=vote.event, user=MembershipFactory().user)
    code = services.make_codes(vote=vote)[0]
    assert Registration.objects.get().vote_code == code
    assert code.code not in client.get(vote.event.get_absolute_url()).content.decode()


def test_secretariat_prints_slips_with_codes_and_qr(client, secretariaat_user, vote):
    client.force_login(secretariaat_user)
    url = f"/admin/agenda/vote/{vote.pk}/stemcodes/"
    assert client.post(url, {"loose": "2"}).status_code == 302
    codes = list(VoteCode.objects.filter(vote=vote))
    html = client.get(url).content.decode()
    assert len(codes) == 2 and all(services.display(c.code) in html for c in codes)
    # QR codes drawn here, inline: one for the room, one per slip; no image from elsewhere.
    assert html.count('class="segno"') == 3 and "<img" not in html.split('id="content"')[1]


def test_a_room_reloading_a_closed_vote_is_not_taken_for_guessing(client, vote):
    cache.clear()
    code = services.make_codes(vote=vote, loose=1)[0]
    services.set_status(vote=vote, status=Vote.Status.GESLOTEN)
    for _ in range(GUESS_LIMIT + 5):
        client.get(ballot_url(vote, code))
    response = client.post(f"/agenda/{vote.event.slug}/stemmen/", {"code": code.code})
    assert "Het stemmen is gesloten" in response.content.decode()
