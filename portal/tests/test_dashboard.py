"""The secretariat's start page: what waits and how full the next days are, in a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agenda import services
from agenda.tests.factories import EventFactory, WorkshopFactory
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory

pytestmark = pytest.mark.django_db


def grow(times):
    for _ in range(times):
        MembershipFactory(status=Membership.Status.AANGEVRAAGD)
        CooperatieFactory(status=Cooperatie.Status.VOORGESTELD)
        workshop = WorkshopFactory(event=EventFactory(), capacity=1)
        WorkshopFactory(event=workshop.event, capacity=None)
        for _ in range(2):
            services.register(event=workshop.event, user=MembershipFactory().user, workshop=workshop)


def start_page_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")
    assert response.status_code == 200
    return len(queries)


def test_the_start_page_shows_what_waits(client, secretariaat_user):
    grow(2)
    client.force_login(secretariaat_user)
    html = client.get("/admin/").content.decode()
    assert (
        'href="/admin/alliantie/membership/?status__exact=aangevraagd">Aanvragen om bij een organisatie te horen'
        in html
    )
    assert "<td>2</td>" in html  # two requests, two proposals
    assert "Werkgroep" in html and "Hele bijeenkomst" in html


def test_the_start_page_runs_the_same_queries_when_everything_grows_tenfold(client, secretariaat_user):
    client.force_login(secretariaat_user)
    grow(1)
    small = start_page_queries(client)
    grow(9)
    assert start_page_queries(client) == small


def test_the_start_page_shows_stories_waiting_for_a_decision(client, secretariaat_user):
    from verhalen.tests.factories import StoryFactory

    StoryFactory()
    StoryFactory(published=True)
    client.force_login(secretariaat_user)
    html = client.get("/admin/").content.decode()
    assert 'href="/admin/verhalen/story/?status__exact=ingediend">Ingestuurde verhalen</a></th><td>1</td>' in html
