"""People have names: the presentielijst and every mail use them, never the person's e-mail address."""

import pytest
from django.core import mail

from agenda import services
from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, UserFactory

from .factories import WorkshopFactory

pytestmark = pytest.mark.django_db


def test_presentielijst_shows_names_and_organisation_never_an_email(client, secretariaat_user):
    workshop = WorkshopFactory()
    member = MembershipFactory(user=UserFactory(first_name="Piet", last_name="de Vries", email="piet@example.org"))
    contact = MembershipFactory(organisation=member.organisation, role=Membership.Role.CONTACTPERSOON).user
    services.register(event=workshop.event, user=member.user, workshop=workshop)
    services.register(
        event=workshop.event,
        guest_name="Truus de Boer",
        organisation=member.organisation,
        registered_by=contact,
        workshop=workshop,
    )
    client.force_login(secretariaat_user)
    html = client.get(f"/admin/agenda/event/{workshop.event.pk}/presentielijst/").content.decode()
    table = html.split('class="presentielijst"', 1)[1].split("</table>", 1)[0]
    assert "Piet de Vries" in table and "Truus de Boer" in table and member.organisation.name in table
    assert "@" not in table


def test_mails_greet_by_name(mail_delivered):
    workshop = WorkshopFactory()
    user = MembershipFactory(user=UserFactory(first_name="Piet", last_name="de Vries")).user
    with mail_delivered():
        services.register(event=workshop.event, user=user, workshop=workshop)
    assert mail.outbox[0].body.startswith("Beste Piet de Vries,")
    assert user.email not in mail.outbox[0].body


def test_a_colleague_without_email_is_mailed_through_the_contact_person(mail_delivered):
    workshop = WorkshopFactory()
    contact = MembershipFactory(
        role=Membership.Role.CONTACTPERSOON, user=UserFactory(first_name="Anna", last_name="Bakker")
    )
    with mail_delivered():
        services.register(
            event=workshop.event,
            guest_name="Truus de Boer",
            organisation=contact.organisation,
            registered_by=contact.user,
            workshop=workshop,
        )
    message = mail.outbox[0]
    assert message.to == [contact.user.email]
    assert message.body.startswith("Beste Anna Bakker,")
    assert "U heeft Truus de Boer aangemeld." in message.body
    assert "/agenda/onze-organisatie/" in message.body


def test_a_colleague_with_an_email_gets_the_mail_addressed_to_them(mail_delivered):
    workshop = WorkshopFactory()
    contact = MembershipFactory(role=Membership.Role.CONTACTPERSOON, user=UserFactory(first_name="Anna"))
    with mail_delivered():
        services.register(
            event=workshop.event,
            guest_name="Truus de Boer",
            guest_email="truus@example.org",
            organisation=contact.organisation,
            registered_by=contact.user,
            workshop=workshop,
        )
    message = mail.outbox[0]
    assert message.to == ["truus@example.org"]
    assert message.body.startswith("Beste Truus de Boer,")
    assert "Anna" not in message.body


def test_only_the_contact_person_of_that_organisation_may_register_a_colleague():
    workshop = WorkshopFactory()
    member = MembershipFactory().user
    with pytest.raises(services.RegistrationError):
        services.register(
            event=workshop.event,
            guest_name="Iemand",
            organisation=MembershipFactory().organisation,
            registered_by=member,
            workshop=workshop,
        )
