"""Mijn account: my link with an organisation, my data, and nobody else's request."""

import pytest
from django.core import mail

from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_account_pages_need_login(client):
    for url in ["/mijn-account/", "/mijn-account/gegevens/", "/mijn-account/organisatie/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/account/login/?next={url}"


def test_request_link_with_organisation(client, settings, mail_delivered):
    organisation = OrganisationFactory(name="FNV")
    user = UserFactory()
    client.force_login(user)
    page = client.get("/mijn-account/").content.decode()
    assert "nog niet gekoppeld aan een organisatie" in page

    with mail_delivered():
        response = client.post(
            "/mijn-account/organisatie/", {"organisation": organisation.pk, "function": "lid"}, follow=True
        )
    page = response.content.decode()
    assert "Uw aanvraag is verstuurd." in page
    assert "<dd>FNV</dd>" in page and "<dd>Aangevraagd</dd>" in page
    membership = Membership.objects.get(user=user)
    assert (membership.organisation, membership.status) == (organisation, Membership.Status.AANGEVRAAGD)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [settings.SECRETARIAAT_EMAIL]
    assert user.email in mail.outbox[0].body


def test_second_request_is_refused(client):
    membership = MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    other = OrganisationFactory()
    client.force_login(membership.user)
    response = client.post("/mijn-account/organisatie/", {"organisation": other.pk, "function": "lid"}, follow=True)
    assert "al gekoppeld aan een organisatie" in response.content.decode()
    assert list(Membership.objects.filter(user=membership.user)) == [membership]


@pytest.mark.parametrize("value", ["", "999999", "abc"])
def test_bad_organisation_gives_a_field_error(client, value):
    client.force_login(UserFactory())
    response = client.post("/mijn-account/organisatie/", {"organisation": value})
    assert response.status_code == 200
    page = response.content.decode()
    assert "error-summary" in page
    assert not Membership.objects.exists()


def test_inactive_organisation_cannot_be_chosen(client):
    organisation = OrganisationFactory(active=False)
    client.force_login(UserFactory())
    response = client.post("/mijn-account/organisatie/", {"organisation": organisation.pk, "function": "lid"})
    assert "Kies een organisatie uit de lijst." in response.content.decode()
    assert not Membership.objects.exists()


def test_change_my_name(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/mijn-account/gegevens/", {"first_name": "Kees", "last_name": "de Vries"}, follow=True)
    assert "Uw gegevens zijn opgeslagen." in response.content.decode()
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Kees", "de Vries")


def test_too_long_name_is_a_field_error_and_nothing_is_saved(client):
    user = UserFactory(first_name="Oud")
    client.force_login(user)
    response = client.post("/mijn-account/gegevens/", {"first_name": "x" * 200, "last_name": "y"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    user.refresh_from_db()
    assert user.first_name == "Oud"


def test_nobody_sees_another_persons_request(client):
    theirs = MembershipFactory(
        status=Membership.Status.AANGEVRAAGD, organisation=OrganisationFactory(name="Geheime Groep")
    )
    me = UserFactory()
    client.force_login(me)
    page = client.get("/mijn-account/").content.decode()
    assert "Geheime Groep" not in page
    assert theirs.user.email not in page
    # The admin list of requests is for the secretariat only.
    response = client.get("/admin/alliantie/membership/")
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "/account/login/" in response["Location"]


def test_staff_without_secretariat_rights_cannot_see_requests(client):
    MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get("/admin/alliantie/membership/").status_code == 403


def test_account_links_to_other_apps_only_when_they_exist(client):
    from django.urls import NoReverseMatch, reverse

    client.force_login(UserFactory())
    page = client.get("/mijn-account/").content.decode()
    for name in ["agenda:my-registrations", "nieuwsbrief:my-subscription"]:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        assert f'href="{url}"' in page
    assert 'href="/account/password/change/"' in page


def test_signup_page_keeps_the_honeypot_working(client):
    page = client.get("/account/signup/").content.decode()
    assert 'class="honeypot"' in page and 'name="website_url"' in page
    client.post(
        "/account/signup/",
        {
            "email": "bot@example.org",
            "password1": "Lang-wachtwoord-42",
            "password2": "Lang-wachtwoord-42",
            "website_url": "http://spam.example",
        },
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="bot@example.org").exists()


def test_signup_errors_show_in_the_summary(client):
    response = client.post("/account/signup/", {"email": "geen-adres", "password1": "a", "password2": "b"})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in page
    assert 'href="#id_email"' in page
