"""In the browser: the contact person of FNV approves a colleague and registers one without e-mail."""

import pytest

from agenda.models import Registration
from alliantie.models import Membership
from alliantie.tests.factories import PASSWORD, MembershipFactory, OrganisationFactory, UserFactory
from conftest import deliver_mail, login

from .factories import WorkshopFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_contact_person_approves_and_registers_a_colleague_without_email(
    page, browser, live_server, assert_accessible, secretariaat_user
):
    fnv = OrganisationFactory(name="FNV")
    contact = MembershipFactory(organisation=fnv, role=Membership.Role.CONTACTPERSOON).user
    newcomer = UserFactory(first_name="Kees", last_name="Jansen")
    Membership.objects.create(user=newcomer, organisation=fnv, function="vrijwilliger")
    workshop = WorkshopFactory(title="Werkgroep werk", capacity=10)

    login(page, contact.email, PASSWORD)
    page.goto("/mijn-account/")
    page.get_by_role("link", name="Onze organisatie: aanvragen en aanmeldingen").click()
    assert page.get_by_text("vrijwilliger").is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Kees Jansen hoort bij ons: goedkeuren").click()
    assert page.get_by_text("De aanvraag is goedgekeurd.").is_visible()
    assert Membership.objects.get(user=newcomer).status == Membership.Status.GOEDGEKEURD

    page.get_by_role("link", name="Aanmeldingen bekijken en collega's aanmelden").click()
    assert_accessible(page)
    page.get_by_role("link", name=f"Een collega aanmelden voor {workshop.event.title}").click()
    assert_accessible(page)
    page.get_by_label("Naam van uw collega").fill("Truus de Boer")
    page.get_by_label("Werkgroep werk").check()
    page.get_by_role("button", name="Aanmelden").click()
    assert page.get_by_text("Truus de Boer is aangemeld.").is_visible()
    assert page.get_by_text("Truus de Boer – Werkgroep werk – bevestigd").is_visible()

    registration = Registration.objects.get(guest_name="Truus de Boer")
    assert (registration.organisation, registration.registered_by, registration.user) == (fnv, contact, None)
    deliver_mail()
    from django.core import mail

    confirmation = next(m for m in mail.outbox if "Truus de Boer" in m.body)
    assert confirmation.to == [contact.email]

    # The secretariat prints the presentielijst: Truus is on it by name.
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    admin_page = context.new_page()
    login(admin_page, secretariaat_user.email, "geheim-wachtwoord-123")
    admin_page.goto(f"/admin/agenda/event/{workshop.event.pk}/presentielijst/")
    row = admin_page.locator("table.presentielijst tbody tr", has_text="Truus de Boer")
    assert row.locator("td").nth(2).inner_text() == "FNV"
    context.close()


def test_someone_who_is_not_a_contact_person_gets_no_organisation_page(client):
    member = MembershipFactory().user
    client.login(username=member.username, password=PASSWORD)
    assert client.get("/onze-organisatie/").status_code == 403
    assert client.get("/agenda/onze-organisatie/").status_code == 403
