"""Nobody in the secretariat can take over another staff account, and a changed address is told to the old one."""

import pytest
from django.urls import reverse

from alliantie.tests.factories import UserFactory
from alliantie.tests.test_roles import change_url, form_data
from portal.outbox.models import OutgoingMail

pytestmark = pytest.mark.django_db

ATTACKER = "overnemer@example.org"


def reset_links_to(address):
    return OutgoingMail.objects.filter(to=[address], body__contains="/account/password/reset/key/").count()


def test_the_secretariat_cannot_move_another_staff_account_to_its_own_address(client, secretariaat_user):
    colleague = UserFactory(email="collega@example.org", is_staff=True)
    client.force_login(secretariaat_user)
    client.post(change_url(colleague), form_data(colleague, email=ATTACKER, is_active=""))
    colleague.refresh_from_db()
    assert (colleague.email, colleague.is_active) == ("collega@example.org", True)
    client.logout()
    client.post(reverse("account_reset_password"), {"email": ATTACKER})
    assert reset_links_to(ATTACKER) == 0


def test_the_secretariat_changes_a_members_address_and_the_old_address_is_told(client, secretariaat_user):
    member = UserFactory(email="oud@example.org", first_name="Piet")
    client.force_login(secretariaat_user)
    response = client.post(change_url(member), form_data(member, email="nieuw@example.org"))
    assert response.status_code == 302
    notice = OutgoingMail.objects.get(to=["oud@example.org"])
    assert notice.subject.endswith("Het e-mailadres van uw account is veranderd")
    assert "Het was oud@example.org. Het is nu nieuw@example.org." in notice.body


def test_a_superuser_may_change_a_staff_account_and_the_old_address_is_told(admin_client):
    colleague = UserFactory(email="collega@example.org", is_staff=True)
    admin_client.post(change_url(colleague), form_data(colleague, email="collega-nieuw@example.org"))
    colleague.refresh_from_db()
    assert colleague.email == "collega-nieuw@example.org"
    assert OutgoingMail.objects.filter(to=["collega@example.org"]).count() == 1


def test_after_the_secretariat_changed_an_address_the_old_one_can_no_longer_reset_the_password(
    client, secretariaat_user
):
    member = UserFactory(email="oud@example.org")
    client.force_login(secretariaat_user)
    client.post(change_url(member), form_data(member, email="nieuw@example.org"))
    client.logout()
    client.post(reverse("account_reset_password"), {"email": "oud@example.org"})
    assert reset_links_to("oud@example.org") == 0
