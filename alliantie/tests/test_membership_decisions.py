"""One path per decision: the change form, the list action and the contact person's page decide through
the same service, with the same mail; refusing and removing ask first."""

import pytest
from django.core import mail

from alliantie.models import Membership
from alliantie.tests.factories import PASSWORD, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def change_form(client, membership, **changes):
    data = {
        "user": membership.user.pk,
        "organisation": membership.organisation.pk,
        "status": membership.status,
        "role": membership.role,
        "function": membership.function,
        "note": membership.note,
        "send_message": "on",
        **changes,
    }
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(f"/admin/alliantie/membership/{membership.pk}/change/", data, follow=True)


@pytest.fixture
def pending():
    return MembershipFactory(status=Membership.Status.AANGEVRAAGD, organisation=OrganisationFactory(name="Humanitas"))


@pytest.mark.parametrize("path", ["action", "form"])
def test_approval_mails_the_person_the_same_way_whichever_path(
    client, secretariaat_user, pending, mail_delivered, path
):
    client.force_login(secretariaat_user)
    with mail_delivered():
        if path == "action":
            client.post("/admin/alliantie/membership/", {"action": "approve", "_selected_action": [pending.pk]})
        else:
            change_form(client, pending, status="goedgekeurd")
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([pending.user.email], "Uw account is nu gekoppeld aan Humanitas")
    ]


def test_refusal_in_the_form_mails_the_person(client, secretariaat_user, pending, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        change_form(client, pending, status="beeindigd")
    assert [m.subject for m in mail.outbox] == ["Uw aanvraag bij de Sociale Alliantie is niet goedgekeurd"]


def test_without_stuur_bericht_the_decision_is_taken_without_mail(client, secretariaat_user, pending, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = change_form(client, pending, status="goedgekeurd", send_message=None)
    pending.refresh_from_db()
    assert (pending.status, len(mail.outbox)) == ("goedgekeurd", 0)
    assert "Er is geen e-mail gestuurd." in response.content.decode()


def test_the_form_shows_the_stuur_bericht_choice_before_saving(client, secretariaat_user, pending):
    client.force_login(secretariaat_user)
    page = client.get(f"/admin/alliantie/membership/{pending.pk}/change/").content.decode()
    assert 'name="send_message"' in page and "Stuur bericht" in page


def test_changing_only_the_role_sends_no_mail(client, secretariaat_user, mail_delivered):
    membership = MembershipFactory()
    client.force_login(secretariaat_user)
    with mail_delivered():
        change_form(client, membership, role="contactpersoon")
    membership.refresh_from_db()
    assert (membership.role, len(mail.outbox)) == ("contactpersoon", 0)


def test_a_refusal_cannot_be_turned_into_an_approval_in_the_form(client, secretariaat_user):
    refused = MembershipFactory(status=Membership.Status.BEEINDIGD)
    client.force_login(secretariaat_user)
    response = change_form(client, refused, status="goedgekeurd")
    refused.refresh_from_db()
    assert refused.status == "beeindigd"
    assert "Deze wijziging van de status kan niet." in response.content.decode()


def test_ending_an_approved_membership_in_the_form_mails_the_person(client, secretariaat_user, mail_delivered):
    membership = MembershipFactory(organisation=OrganisationFactory(name="Humanitas"))
    client.force_login(secretariaat_user)
    with mail_delivered():
        change_form(client, membership, status="beeindigd")
    assert [m.subject for m in mail.outbox] == ["Uw account is niet meer gekoppeld aan Humanitas"]


def test_a_decision_taken_meanwhile_is_not_taken_again(client, secretariaat_user, pending, mail_delivered):
    client.force_login(secretariaat_user)
    stale = Membership.objects.get(pk=pending.pk)
    client.post("/admin/alliantie/membership/", {"action": "refuse", "_selected_action": [pending.pk]})
    with mail_delivered():
        response = change_form(client, stale, status="goedgekeurd")
    assert "Deze wijziging van de status kan niet." in response.content.decode()


def test_the_accounts_page_shows_the_status_without_a_way_to_change_it(client, secretariaat_user, pending):
    client.force_login(secretariaat_user)
    page = client.get(f"/admin/alliantie/user/{pending.user.pk}/change/").content.decode()
    assert 'name="memberships-0-status"' not in page


# The contact person's side.


@pytest.fixture
def contact(client):
    membership = MembershipFactory(role=Membership.Role.CONTACTPERSOON, user__email="contact@example.org")
    client.login(username=membership.user.username, password=PASSWORD)
    return membership


def test_the_contact_person_is_mailed_about_a_new_request(client, contact, mail_delivered):
    client.logout()
    applicant = UserFactory()
    client.login(username=applicant.username, password=PASSWORD)
    with mail_delivered():
        client.post("/mijn-account/organisatie/", {"organisation": contact.organisation.pk, "function": "vrijwilliger"})
    assert "contact@example.org" in [m.to[0] for m in mail.outbox]


def test_refusing_asks_first(client, contact):
    request = MembershipFactory(organisation=contact.organisation, status=Membership.Status.AANGEVRAAGD)
    response = client.post("/onze-organisatie/", {"request": request.pk, "decision": "afwijzen"})
    request.refresh_from_db()
    assert request.status == "aangevraagd"
    assert "Weet u het zeker?" in response.content.decode()


def test_refusing_after_confirming_refuses(client, contact):
    request = MembershipFactory(organisation=contact.organisation, status=Membership.Status.AANGEVRAAGD)
    client.post("/onze-organisatie/", {"request": request.pk, "decision": "afwijzen", "zeker": "ja"})
    request.refresh_from_db()
    assert request.status == "beeindigd"


def test_a_colleague_who_left_is_removed_after_confirming_and_told(client, contact, mail_delivered):
    colleague = MembershipFactory(organisation=contact.organisation)
    with mail_delivered():
        client.post("/onze-organisatie/", {"member": colleague.pk, "decision": "verwijderen", "zeker": "ja"})
    colleague.refresh_from_db()
    assert (colleague.status, [m.to[0] for m in mail.outbox]) == ("beeindigd", [colleague.user.email])


def test_removing_a_colleague_asks_first(client, contact):
    colleague = MembershipFactory(organisation=contact.organisation)
    response = client.post("/onze-organisatie/", {"member": colleague.pk, "decision": "verwijderen"})
    colleague.refresh_from_db()
    assert colleague.status == "goedgekeurd"
    assert "Collega verwijderen" in response.content.decode()


def test_the_contact_person_cannot_remove_themselves(client, contact):
    client.post("/onze-organisatie/", {"member": contact.pk, "decision": "verwijderen", "zeker": "ja"})
    contact.refresh_from_db()
    assert contact.status == "goedgekeurd"


def test_cannot_remove_a_member_of_another_organisation(client, contact):
    other = MembershipFactory()
    client.post("/onze-organisatie/", {"member": other.pk, "decision": "verwijderen", "zeker": "ja"})
    other.refresh_from_db()
    assert other.status == "goedgekeurd"
