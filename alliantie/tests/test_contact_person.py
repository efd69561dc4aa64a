"""A contact person decides on requests for their own organisation only."""

import pytest

from alliantie.models import Membership
from alliantie.tests.factories import PASSWORD, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(client):
    membership = MembershipFactory(role=Membership.Role.CONTACTPERSOON)
    client.login(username=membership.user.username, password=PASSWORD)
    return membership


def test_approves_a_request_for_their_organisation(client, contact):
    request = MembershipFactory(organisation=contact.organisation, status=Membership.Status.AANGEVRAAGD)
    client.post("/onze-organisatie/", {"request": request.pk, "decision": "goedkeuren"})
    request.refresh_from_db()
    assert request.status == Membership.Status.GOEDGEKEURD


def test_cannot_decide_on_another_organisations_request(client, contact):
    other = MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    client.post("/onze-organisatie/", {"request": other.pk, "decision": "goedkeuren"})
    other.refresh_from_db()
    assert other.status == Membership.Status.AANGEVRAAGD


@pytest.mark.parametrize("data", [{"request": "abc", "decision": "goedkeuren"}, {"request": "1"}, {}])
def test_junk_changes_nothing_and_is_no_error(client, contact, data):
    request = MembershipFactory(organisation=contact.organisation, status=Membership.Status.AANGEVRAAGD)
    assert client.post("/onze-organisatie/", {**data}).status_code == 302
    request.refresh_from_db()
    assert request.status == Membership.Status.AANGEVRAAGD


def test_cancels_a_colleague_they_registered_and_the_seat_moves_on(client, contact):
    from agenda import services
    from agenda.tests.factories import WorkshopFactory

    workshop = WorkshopFactory(capacity=1)
    guest = services.register(
        event=workshop.event,
        guest_name="Truus de Boer",
        organisation=contact.organisation,
        registered_by=contact.user,
        workshop=workshop,
    )
    waiting = services.register(event=workshop.event, user=MembershipFactory().user, workshop=workshop)
    client.post(f"/agenda/onze-organisatie/{guest.pk}/afmelden/")
    guest.refresh_from_db()
    waiting.refresh_from_db()
    assert (guest.status, waiting.status) == ("geannuleerd", "bevestigd")


def test_cannot_cancel_a_registration_of_another_organisation(client, contact):
    from agenda import services
    from agenda.tests.factories import WorkshopFactory

    workshop = WorkshopFactory()
    other = MembershipFactory(role=Membership.Role.CONTACTPERSOON)
    theirs = services.register(
        event=workshop.event,
        guest_name="Iemand",
        organisation=other.organisation,
        registered_by=other.user,
        workshop=workshop,
    )
    assert client.post(f"/agenda/onze-organisatie/{theirs.pk}/afmelden/").status_code == 404


def test_a_superscript_digit_is_no_error(client, contact):
    assert client.post("/onze-organisatie/", {"request": "²", "decision": "goedkeuren"}).status_code == 302
