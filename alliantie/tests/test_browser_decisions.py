"""In the browser, at 1280 px and on a phone (375 px): the secretariat decides on a request in the change
form with the 'Stuur bericht' choice; a contact person refuses a request and removes a colleague who left,
each after a confirmation page."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from playwright.sync_api import expect

from alliantie.models import Membership
from alliantie.tests.factories import PASSWORD, MembershipFactory, OrganisationFactory
from conftest import deliver_mail, login
from portal.permissions import SECRETARIAAT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/members-shots")
WIDTHS = {"breed": {"width": 1280, "height": 900}, "telefoon": {"width": 375, "height": 740}}


@pytest.fixture(params=list(WIDTHS))
def sized_page(request, browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=WIDTHS[request.param])
    page = context.new_page()
    page.width_name = request.param
    yield page
    context.close()


def shoot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}-{page.width_name}.png", full_page=True)


@pytest.fixture
def humanitas():
    return OrganisationFactory(name="Humanitas")


def test_secretariat_approves_in_the_change_form_and_the_person_is_mailed(
    transactional_db, secretariaat_user, sized_page, humanitas
):
    group, _ = Group.objects.get_or_create(name=SECRETARIAAT)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="alliantie"))
    request = MembershipFactory(
        organisation=humanitas, status=Membership.Status.AANGEVRAAGD, user__email="aanvrager@example.org"
    )
    page = sized_page
    login(page, "secretariaat@example.org", "geheim-wachtwoord-123")
    page.goto(f"/admin/alliantie/membership/{request.pk}/change/")
    expect(page.get_by_label("Stuur bericht")).to_be_checked()
    page.select_option("select[name=status]", "goedgekeurd")
    shoot(page, "1-wijzigen")
    page.locator("input[name=_save]").click()
    expect(page.get_by_text("De persoon krijgt een e-mail over het besluit.")).to_be_visible()
    shoot(page, "2-opgeslagen")
    mail.outbox.clear()
    deliver_mail()
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["aanvrager@example.org"], "Uw account is nu gekoppeld aan Humanitas")
    ]


def test_contact_person_refuses_and_removes_after_confirming(
    transactional_db, sized_page, humanitas, assert_accessible
):
    contact = MembershipFactory(organisation=humanitas, role=Membership.Role.CONTACTPERSOON)
    request = MembershipFactory(
        organisation=humanitas,
        status=Membership.Status.AANGEVRAAGD,
        user__first_name="Onbekende",
        user__last_name="Aanvrager",
    )
    colleague = MembershipFactory(organisation=humanitas, user__first_name="Oud", user__last_name="Collega")
    page = sized_page
    login(page, contact.user.email, PASSWORD)
    page.goto("/onze-organisatie/")
    shoot(page, "3-onze-organisatie")
    page.get_by_role("button", name="Hoort niet bij ons: afwijzen…").click()
    expect(page.get_by_role("heading", name="Aanvraag afwijzen")).to_be_visible()
    assert_accessible(page)
    shoot(page, "4-afwijzen-bevestigen")
    page.get_by_role("button", name="Ja, wijs Onbekende Aanvrager af").click()
    expect(page.get_by_text("De aanvraag is afgewezen.")).to_be_visible()

    page.get_by_role("button", name="Oud Collega verwijderen").click()
    expect(page.get_by_role("heading", name="Collega verwijderen")).to_be_visible()
    shoot(page, "5-verwijderen-bevestigen")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    page.get_by_role("button", name="Ja, verwijder Oud Collega").click()
    expect(page.get_by_text("Oud Collega hoort niet meer bij uw organisatie.")).to_be_visible()
    assert_accessible(page)
    shoot(page, "6-verwijderd")
    statuses = dict(Membership.objects.values_list("pk", "status"))
    assert (statuses[request.pk], statuses[colleague.pk]) == ("beeindigd", "beeindigd")
