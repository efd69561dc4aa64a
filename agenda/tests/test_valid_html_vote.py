"""The pages of this issue pass the W3C Nu HTML Checker: vote, results, year comparison, check-in,
ranking preferences, and the 2012 pages with their reports and summary."""

import datetime

import pytest
from django.utils import timezone

from agenda import services as registration_services
from agenda.models import Development, Event, Vote
from agenda.tests.factories import EventFactory, WorkshopFactory
from agenda.votes import services
from alliantie.tests.factories import MembershipFactory
from portal.tests import vnu

pytestmark = [
    pytest.mark.vnu,
    pytest.mark.django_db,
    pytest.mark.skipif(not vnu.java(), reason="no Java found for the W3C Nu HTML Checker (install a JRE)"),
]


def test_vote_checkin_and_preference_pages_are_valid_html(client, seeded, secretariaat_user):
    published = Vote.objects.create(event=EventFactory(slug="dag-a", city="Deventer"), status=Vote.Status.OPEN)
    year = published.event.year  # the year the comparison page is about, whichever year "in 30 days" falls in
    other = Vote.objects.create(
        event=EventFactory(slug="dag-b", city="Roermond"), status=Vote.Status.OPEN, stickers_per_person=1
    )
    for vote in (published, other):
        Development.objects.create(vote=vote, title="Verschraling van sociale voorzieningen", paper_verweer=4)
        Development.objects.create(vote=vote, title="Meer beroep op eigen verantwoordelijkheid", paper_vernieuwing=2)
    code = services.make_codes(vote=other, loose=1)[0]
    first, second = other.developments.all()
    services.cast(code=code, stickers={first: "verweer"})
    for vote in (published,):
        services.set_status(vote=vote, status=Vote.Status.GEPUBLICEERD)

    event = EventFactory(
        slug="voorkeuren",
        workshop_choice=Event.WorkshopChoice.VOORKEUREN,
        preference_deadline=timezone.now() + datetime.timedelta(days=3),
    )
    workshops = [WorkshopFactory(event=event, capacity=5) for _ in range(3)]
    member = MembershipFactory().user
    registration = registration_services.register(event=event, user=member, preferences=workshops[:2])

    pages = {
        "2012 dag met verslagen": client.get("/agenda/alliantiedag-2012-2-november/"),
        "2012 stemming": client.get("/agenda/stemming/2012/"),
        "stempagina": client.get("/agenda/dag-b/stemmen/"),
        "stempagina fout": client.post("/agenda/dag-b/stemmen/", {"code": "fout"}),
        "stembiljet": client.get(f"/agenda/dag-b/stemmen/{code.code}/"),
        "stembiljet te veel": client.post(
            f"/agenda/dag-b/stemmen/{code.code}/",
            {f"ontwikkeling_{first.pk}": "verweer", f"ontwikkeling_{second.pk}": "verweer"},
        ),
        "activiteit met stemming": client.get("/agenda/dag-b/"),
        "uitslag": client.get("/agenda/dag-a/uitslag/"),
        "voorkeuren-activiteit": client.get("/agenda/voorkeuren/"),
    }
    services.set_status(vote=other, status=Vote.Status.GEPUBLICEERD)
    pages[f"vergelijking {year}"] = client.get(f"/agenda/stemming/{year}/")
    client.force_login(member)
    pages["aanmelding voorkeuren ontvangen"] = client.get(f"/agenda/aanmelding/{registration.pk}/")
    client.force_login(MembershipFactory().user)
    pages["voorkeuren opgeven"] = client.get("/agenda/voorkeuren/aanmelden/")
    pages["voorkeuren fout"] = client.post(
        "/agenda/voorkeuren/aanmelden/", {"choice_1": workshops[0].pk, "choice_2": workshops[0].pk}
    )
    client.force_login(secretariaat_user)
    pages["binnenkomst"] = client.get(f"/agenda/{event.slug}/binnenkomst/")
    pages["binnenkomst fout"] = client.post(f"/agenda/{event.slug}/binnenkomst/nieuw/", {"guest_name": ""})

    assert {name: response.status_code for name, response in pages.items()} == dict.fromkeys(pages, 200)
    assert vnu.errors({name: response.content.decode() for name, response in pages.items()}) == []
