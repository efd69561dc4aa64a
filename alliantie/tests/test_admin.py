"""The secretariat approves or refuses requests in bulk; each person gets an e-mail."""

import pytest
from django.core import mail

from alliantie.models import Membership
from alliantie.tests.factories import ChairTermFactory, DocumentFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/alliantie/membership/"


@pytest.fixture
def requests():
    return [MembershipFactory(status=Membership.Status.AANGEVRAAGD) for _ in range(3)]


def bulk(client, action, memberships):
    return client.post(CHANGELIST, {"action": action, "_selected_action": [m.pk for m in memberships]}, follow=True)


def test_bulk_approve_sends_each_person_an_email(client, secretariaat_user, requests, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = bulk(client, "approve", requests[:2])
    assert "2 aanvragen goedgekeurd." in response.content.decode()
    statuses = dict(Membership.objects.values_list("pk", "status"))
    assert [statuses[m.pk] for m in requests] == ["goedgekeurd", "goedgekeurd", "aangevraagd"]
    assert sorted(message.to[0] for message in mail.outbox) == sorted(m.user.email for m in requests[:2])
    message = mail.outbox[0]
    assert "Uw account is nu gekoppeld aan" in message.subject
    assert "Het secretariaat heeft uw aanvraag goedgekeurd." in message.body


def test_bulk_refuse_sends_each_person_an_email(client, secretariaat_user, requests, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = bulk(client, "refuse", requests)
    assert "3 aanvragen afgekeurd." in response.content.decode()
    assert set(Membership.objects.values_list("status", flat=True)) == {"beeindigd"}
    assert len(mail.outbox) == 3
    assert all("niet goedgekeurd" in message.subject for message in mail.outbox)


def test_bulk_action_leaves_decided_memberships_alone(client, secretariaat_user, mail_delivered):
    approved = MembershipFactory()
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = bulk(client, "refuse", [approved])
    assert "1 gekozen regel was geen open aanvraag" in response.content.decode()
    approved.refresh_from_db()
    assert approved.status == Membership.Status.GOEDGEKEURD
    assert mail.outbox == []


def test_membership_list_query_count_does_not_grow(client, secretariaat_user, django_assert_max_num_queries):
    for _ in range(10):
        MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    client.force_login(secretariaat_user)
    with django_assert_max_num_queries(15):
        response = client.get(CHANGELIST, {"status__exact": "aangevraagd"})
    assert response.status_code == 200
    assert response.content.decode().count('name="_selected_action"') == 10


def test_membership_csv_export(client, secretariaat_user):
    membership = MembershipFactory(organisation=OrganisationFactory(name="Humanitas"))
    client.force_login(secretariaat_user)
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": [membership.pk]})
    # Dutch Excel: a byte order mark and ';' between the columns.
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "e-mail;naam;organisatie;status;rol;aangevraagd op"
    assert lines[1].startswith(f"{membership.user.email};{membership.user.get_full_name()};Humanitas;Goedgekeurd;Lid;")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/alliantie/organisation/?q=FNV&level__exact=landelijk",
        "/admin/alliantie/chairterm/?q=Kitty",
        "/admin/alliantie/document/?kind__exact=reactie&jaar=2015",
        "/admin/alliantie/document/?jaar=onzin",
        "/admin/alliantie/document/add/",
    ],
)
def test_secretariat_admin_pages_work(client, secretariaat_user, url):
    ChairTermFactory(person_name="Kitty de Jong")
    DocumentFactory(kind="reactie", year=2015)
    client.force_login(secretariaat_user)
    assert client.get(url).status_code == 200
