"""The agenda pages as a visitor and a member see them."""

import datetime
import json
import re
import zoneinfo

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from agenda import seed, services
from agenda.models import Event, Registration
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, UserFactory

from .factories import EventFactory, WorkshopFactory, in_days

pytestmark = pytest.mark.django_db


class Out:
    def write(self, text):
        pass


@pytest.fixture
def member_client(client):
    membership = MembershipFactory()
    client.force_login(membership.user)
    client.membership = membership
    return client


def test_list_shows_upcoming_first_then_past_by_year(client, seeded):
    EventFactory(title="Komende dag", date=in_days(10))
    html = client.get(reverse("agenda:event-list")).content.decode()
    upcoming, past = html.split("<h2>Eerder</h2>")
    assert "Komende dag" in upcoming
    assert "Alliantiedag Drachten" in past and "Alliantiedag Rotterdam" in past
    assert past.index('id="jaar-2014"') < past.index('id="jaar-2012"')
    section_2014 = past[past.index('id="jaar-2014"') : past.index('id="jaar-2012"')]
    assert "Gesprek met staatssecretaris Jetta Klijnsma" in section_2014
    assert "najaar 2014" in section_2014 and "geen precieze datum bekend" in section_2014


def test_seed_has_only_the_documents_dates(seeded):
    dated = dict(Event.objects.exclude(date=None).filter(is_example=False).values_list("slug", "date"))
    assert dated["alliantiedag-2012-drachten"] == datetime.date(2012, 10, 5)
    assert dated["alliantiedag-2012-bergen-op-zoom"] == datetime.date(2012, 11, 9)
    assert dated["alliantiedag-2012-2-november"] == datetime.date(2012, 11, 2)
    assert dated["alliantiedag-2014-beilen"] == datetime.date(2014, 11, 5)
    for slug in [
        "alliantiedag-2012-deventer",
        "alliantiedag-2012-amsterdam",
        "alliantiedag-2012-roermond",
        "gesprek-staatssecretaris-klijnsma-2014",
    ]:
        assert slug not in dated
    klijnsma = Event.objects.get(slug="gesprek-staatssecretaris-klijnsma-2014")
    assert klijnsma.approximate_date == "najaar 2014" and klijnsma.kind == Event.Kind.OVERLEG_BEWINDSPERSOON
    drachten = Event.objects.get(slug="alliantiedag-2012-drachten")
    assert drachten.host_label == "Sociale Alliantie Fryslân"
    assert list(drachten.speakers.values_list("name", "role")) == [("Alex Brenninkmeijer", "Nationale ombudsman")]
    assert not drachten.workshops.exists()  # the article does not name Drachten's six workshops


def test_seed_is_idempotent_and_example_only_on_request():
    seed.load(examples=False, stdout=Out())
    counts = (Event.objects.count(), Registration.objects.count())
    seed.load(examples=False, stdout=Out())
    assert (Event.objects.count(), Registration.objects.count()) == counts
    assert not Event.objects.filter(is_example=True).exists()
    seed.load(examples=True, stdout=Out())
    seed.load(examples=True, stdout=Out())
    example = Event.objects.get(is_example=True)
    assert Event.objects.count() == counts[0] + 1
    assert "Voorbeeld" in example.title and "Voorbeeld" in example.description
    assert example.registration_is_open()
    assert [w.capacity for w in example.workshops.all()] == [20, 15]


def test_filters_by_kind_and_region_and_ignore_unknown_values(client, seeded):
    url = reverse("agenda:event-list")
    html = client.get(url, {"kind": "agendacommissie"}).content.decode()
    assert "Agendacommissie" in html and "Alliantiedag Drachten" not in html
    html = client.get(url, {"region": "oost"}).content.decode()
    assert "Alliantiedag Deventer" in html and "Alliantiedag Amsterdam" not in html
    response = client.get(url, {"kind": "<script>", "region": "nergens"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html and "Alliantiedag Drachten" in html


def test_list_query_count_does_not_grow_with_events(client, django_assert_max_num_queries, seeded):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("agenda:event-list")
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(15):
        EventFactory(date=in_days(n + 1), region=f"regio {n % 3}")
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert html.count('class="tag">Alliantiedag') >= 15 + 9
    assert len(many) == len(few)


def test_members_only_event_hidden_from_visitors(member_client):
    client = Client()
    EventFactory(title="Besloten overleg", slug="besloten", is_public=False)
    assert "Besloten overleg" not in client.get(reverse("agenda:event-list")).content.decode()
    assert client.get("/agenda/besloten/").status_code == 404
    assert member_client.get("/agenda/besloten/").status_code == 200


def test_feed_parses_back_with_icalendar(client, seeded):
    EventFactory(title="Besloten", is_public=False)
    response = client.get(reverse("agenda:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    entries = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    summaries = sorted(str(e["SUMMARY"]) for e in entries.values())
    assert "Alliantiedag Drachten" in summaries and "Besloten" not in summaries
    # Undated events are left out, never given a made-up date.
    assert not any("Klijnsma" in s for s in summaries)
    assert len(entries) == Event.objects.public().exclude(date=None).count()
    drachten = next(e for e in entries.values() if str(e["SUMMARY"]) == "Alliantiedag Drachten")
    assert drachten.decoded("DTSTART") == datetime.date(2012, 10, 5)
    assert "Drachten" in str(drachten["LOCATION"])


def test_event_page_shows_programme_seats_and_json_ld(client):
    event = EventFactory(title="Alliantiedag Test", motto="Het moet en kan anders")
    event.speakers.create(name="René Gabriëls", role="filosoof", talk_title="Vertwijfelde woede")
    full = WorkshopFactory(event=event, title="Werkgroep zorg", capacity=1)
    WorkshopFactory(event=event, title="Werkgroep werk", capacity=5)
    services.register(event=event, user=MembershipFactory().user, workshop=full)
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert "Vertwijfelde woede" in html and "Het moet en kan anders" in html
    assert "vol: wachtlijst" in html and "nog 5 plaatsen" in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event" and data["name"] == "Alliantiedag Test"
    assert data["startDate"].startswith(event.date.isoformat())
    assert data["performer"] == [{"@type": "Person", "name": "René Gabriëls"}]
    login = reverse("account_login") + "?next=" + event.get_absolute_url()
    assert login in html


def test_anonymous_register_goes_to_login_then_back(client):
    event = EventFactory()
    response = client.get(reverse("agenda:register", args=[event.slug]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_register_and_see_confirmation(member_client, mail_delivered):
    event = EventFactory()
    workshop = WorkshopFactory(event=event, capacity=4)
    url = reverse("agenda:register", args=[event.slug])
    form = member_client.get(url).content.decode()
    assert "nog 4 plaatsen" in form
    with mail_delivered():
        response = member_client.post(url, {"workshop": workshop.pk, "access_needs": "ringleiding"})
    registration = Registration.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "agenda:registration-done", args=[registration.pk]
    )
    page = member_client.get(response["Location"]).content.decode()
    assert "U bent aangemeld" in page and "ringleiding" in page
    assert len(mail.outbox) == 1
    mine = member_client.get(reverse("agenda:my-registrations")).content.decode()
    assert event.title in mine and "Bevestigd" in mine


def test_register_errors_are_clear_and_nothing_is_saved(member_client):
    event = EventFactory()
    WorkshopFactory(event=event)
    url = reverse("agenda:register", args=[event.slug])
    for data in ({}, {"workshop": "999999"}, {"workshop": "abc"}):
        response = member_client.post(url, data)
        html = response.content.decode()
        assert response.status_code == 200
        assert "error-summary" in html and "werkgroep" in html.lower()
    assert not Registration.objects.exists()


def test_not_approved_member_is_told_why(client):
    membership = MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    client.force_login(membership.user)
    event = EventFactory()
    response = client.get(reverse("agenda:register", args=[event.slug]))
    assert response.status_code == 403
    assert "Alleen voor leden" in response.content.decode()
    assert client.post(reverse("agenda:register", args=[event.slug]), {}).status_code == 403
    assert not Registration.objects.exists()


def test_closed_registration_page(member_client):
    event = EventFactory(
        registration_closes=timezone.now() - datetime.timedelta(hours=1),
        registration_opens=timezone.now() - datetime.timedelta(days=3),
    )
    response = member_client.get(reverse("agenda:register", args=[event.slug]))
    assert "kan nu niet" in response.content.decode()
    assert member_client.post(reverse("agenda:register", args=[event.slug]), {}).status_code == 200
    assert not Registration.objects.exists()


def test_cancel_needs_post_and_only_own(member_client):
    client = Client()
    event = EventFactory()
    registration = services.register(event=event, user=member_client.membership.user)
    url = reverse("agenda:registration-cancel", args=[registration.pk])
    assert member_client.get(url).status_code == 200
    registration.refresh_from_db()
    assert registration.status == "bevestigd"
    other = UserFactory()
    client.force_login(other)
    assert client.post(url).status_code == 404
    assert client.get(reverse("agenda:registration-done", args=[registration.pk])).status_code == 404
    response = member_client.post(url)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "geannuleerd"


def test_change_workshop_page(member_client):
    event = EventFactory()
    a = WorkshopFactory(event=event, title="Werkgroep A", capacity=3)
    b = WorkshopFactory(event=event, title="Werkgroep B", capacity=3)
    registration = services.register(event=event, user=member_client.membership.user, workshop=a)
    url = reverse("agenda:registration-workshop", args=[registration.pk])
    html = member_client.get(url).content.decode()
    assert "Werkgroep B (middag) – nog 3 plaatsen" in html
    assert member_client.post(url, {"workshop": a.pk}).status_code == 200  # the current one is no choice
    response = member_client.post(url, {"workshop": b.pk})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.workshop == b


def test_waiting_list_place_shown(member_client):
    workshop = WorkshopFactory(capacity=1)
    services.register(event=workshop.event, user=MembershipFactory().user, workshop=workshop)
    services.register(event=workshop.event, user=member_client.membership.user, workshop=workshop)
    html = member_client.get(reverse("agenda:my-registrations")).content.decode()
    assert "Op de wachtlijst: plaats 1" in html
    html = member_client.get(workshop.event.get_absolute_url()).content.decode()
    assert "op plaats 1" in html


def test_sensitive_fields_never_on_public_pages(member_client):
    client = Client()
    event = EventFactory()
    services.register(event=event, user=MembershipFactory().user, dietary="glutenvrij-geheim")
    assert "glutenvrij-geheim" not in client.get(event.get_absolute_url()).content.decode()
    assert "glutenvrij-geheim" not in member_client.get(event.get_absolute_url()).content.decode()
    assert "glutenvrij-geheim" not in member_client.get(reverse("agenda:my-registrations")).content.decode()


def test_an_event_on_new_years_eve_is_upcoming_until_midnight_in_amsterdam(client, time_machine):
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    time_machine.move_to(datetime.datetime(2027, 12, 31, 23, 30, tzinfo=amsterdam), tick=False)
    EventFactory(
        title="Oudejaarsavond",
        date=datetime.date(2027, 12, 31),
        start_time=datetime.time(20, 0),
        end_time=datetime.time(23, 45),
        registration_opens=None,
        registration_closes=None,
    )
    upcoming, _past = client.get(reverse("agenda:event-list")).content.decode().split("<h2>Eerder</h2>")
    assert "Oudejaarsavond" in upcoming
    # Half past midnight in Amsterdam is still 31 December in UTC; the agenda follows Amsterdam.
    time_machine.move_to(datetime.datetime(2028, 1, 1, 0, 30, tzinfo=amsterdam), tick=False)
    _upcoming, past = client.get(reverse("agenda:event-list")).content.decode().split("<h2>Eerder</h2>")
    assert "Oudejaarsavond" in past[past.index('id="jaar-2027"') :]


def test_an_event_page_offers_to_register_by_phone(client):
    event = EventFactory()
    html = client.get(event.get_absolute_url()).content.decode()
    assert 'Liever bellen? Bel <a href="tel:+31642092030">06 – 42092030</a>. Wij melden u graag aan.' in html
