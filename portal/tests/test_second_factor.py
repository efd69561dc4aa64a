"""Staff need a second step (an authenticator app) before the admin opens; superusers reset a lost one."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from agenda.tests.factories import EventFactory
from alliantie import services
from alliantie.tests.factories import PASSWORD, UserFactory
from conftest import totp_code
from portal.tests import vnu

pytestmark = pytest.mark.django_db

LOGIN = "/account/login/"
CODE_STEP = "/account/2fa/authenticate/"


def log_in(client, user):
    """The password step of the login form, as a person does it (allauth notes when, for its re-checks)."""
    return client.post(LOGIN, {"login": user.email, "password": PASSWORD})


def test_staff_without_an_app_opening_the_admin_are_sent_to_set_it_up(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    client.force_login(secretary)
    response = client.get("/admin/alliantie/organisation/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/tweede-stap/?next=%2Fadmin%2Falliantie%2Forganisation%2F"


def test_a_superuser_without_an_app_is_sent_to_set_it_up_too(client):
    boss = UserFactory(is_staff=True, is_superuser=True, second_factor=False)
    client.force_login(boss)
    assert client.get("/admin/")["Location"].startswith("/admin/tweede-stap/")


def test_staff_without_an_app_can_still_log_out(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    client.force_login(secretary)
    client.post("/admin/logout/")
    assert "_auth_user_id" not in client.session


def test_the_set_up_page_shows_the_key_as_text_for_people_who_cannot_scan(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    log_in(client, secretary)
    response = client.get("/admin/tweede-stap/?next=/admin/")
    secret = client.session[SECRET_SESSION_KEY]
    assert f'<code id="sleutel">{" ".join(secret[i : i + 4] for i in range(0, len(secret), 4))}</code>' in (
        response.content.decode()
    )


def set_up(client, next_url="/admin/"):
    client.get(f"/admin/tweede-stap/?next={next_url}")
    return client.post(f"/admin/tweede-stap/?next={next_url}", {"code": totp_code(client.session[SECRET_SESSION_KEY])})


def test_after_setting_up_with_a_valid_code_the_recovery_codes_lead_on_to_the_admin(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    log_in(client, secretary)
    response = set_up(client, next_url="/admin/alliantie/organisation/")
    assert response["Location"] == "/admin/tweede-stap/herstelcodes/?next=%2Fadmin%2Falliantie%2Forganisation%2F"
    codes_page = client.get(response["Location"]).content.decode()
    assert '<a class="button" href="/admin/alliantie/organisation/">' in codes_page


def test_after_setting_up_the_admin_opens(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    log_in(client, secretary)
    set_up(client)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_while_setting_up_switches_nothing_on(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    log_in(client, secretary)
    client.get("/admin/tweede-stap/")
    response = client.post("/admin/tweede-stap/", {"code": "000000"})
    assert "Deze code klopt niet" in response.content.decode()
    assert not Authenticator.objects.filter(user=secretary).exists()


def test_the_set_up_never_leads_on_to_another_site(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    log_in(client, secretary)
    response = set_up(client, next_url="https://elders.example/")
    assert response["Location"] == "/admin/tweede-stap/herstelcodes/"


def test_the_login_of_staff_with_an_app_asks_for_its_code(client):
    secretary = UserFactory(is_staff=True)
    response = log_in(client, secretary)
    assert response["Location"] == CODE_STEP
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_at_login_is_refused(client):
    secretary = UserFactory(is_staff=True)
    log_in(client, secretary)
    response = client.post(CODE_STEP, {"code": "123456" if totp_code() != "123456" else "654321"})
    assert "Deze code klopt niet" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_right_code_at_login_opens_the_admin(client):
    secretary = UserFactory(is_staff=True)
    log_in(client, secretary)
    client.post(CODE_STEP, {"code": totp_code()})
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client):
    secretary = UserFactory(is_staff=True)
    code = RecoveryCodes.activate(secretary).get_unused_codes()[0]
    log_in(client, secretary)
    client.post(CODE_STEP, {"code": code})
    client.post("/account/logout/")
    log_in(client, secretary)
    response = client.post(CODE_STEP, {"code": code})
    assert "Deze code klopt niet" in response.content.decode()


def test_a_recovery_code_logs_in(client):
    secretary = UserFactory(is_staff=True)
    code = RecoveryCodes.activate(secretary).get_unused_codes()[0]
    log_in(client, secretary)
    client.post(CODE_STEP, {"code": code})
    assert client.get("/admin/").status_code == 200


def reset(client, actor, person):
    client.force_login(actor)
    return client.post(
        reverse("admin:alliantie_user_changelist"),
        {"action": "reset_second_factor_action", "_selected_action": [person.pk]},
    )


def test_a_superuser_resets_a_lost_second_step(client):
    boss = UserFactory(is_staff=True, is_superuser=True)
    secretary = UserFactory(is_staff=True)
    RecoveryCodes.activate(secretary)
    reset(client, boss, secretary)
    assert not Authenticator.objects.filter(user=secretary).exists()


def test_the_reset_is_in_the_audit_trail_with_who_did_it_for_whom(client):
    boss = UserFactory(is_staff=True, is_superuser=True, email="baas@example.org")
    secretary = UserFactory(is_staff=True, email="kwijt@example.org")
    reset(client, boss, secretary)
    entry = LogEntry.objects.get(additional_data__has_key="second_factor_reset")
    assert (entry.actor, entry.object_pk, entry.changes_text) == (
        boss,
        str(secretary.pk),
        "Tweede stap gewist voor kwijt@example.org door baas@example.org",
    )


def test_the_secretariat_cannot_reset_a_second_step(client):
    colleague = UserFactory(is_staff=True)
    colleague.groups.add(Group.objects.get(name="Secretariaat"))
    secretary = UserFactory(is_staff=True)
    reset(client, colleague, secretary)
    assert Authenticator.objects.filter(user=secretary, type=Authenticator.Type.TOTP).exists()


@pytest.mark.vnu
@pytest.mark.skipif(not vnu.java(), reason="no Java found for the W3C Nu HTML Checker (install a JRE)")
def test_the_second_step_pages_pass_the_nu_html_checker(client):
    staff = UserFactory(is_staff=True, second_factor=False)
    log_in(client, staff)
    documents = {"instellen": client.get("/admin/tweede-stap/?next=/admin/").content.decode()}
    documents["instellen, fout"] = client.post("/admin/tweede-stap/?next=/admin/", {"code": "x"}).content.decode()
    set_up(client)
    for name, path in [
        ("herstelcodes", "/admin/tweede-stap/herstelcodes/?next=/admin/"),
        ("overzicht", "/account/2fa/"),
        ("nieuwe codes", "/account/2fa/recovery-codes/generate/"),
        ("uitzetten", "/account/2fa/totp/deactivate/"),
        ("bevestigen", "/account/2fa/reauthenticate/"),
    ]:
        documents[name] = client.get(path).content.decode()
    client.post("/account/logout/")
    log_in(client, staff)
    documents["code bij inloggen, fout"] = client.post(CODE_STEP, {"code": "x"}).content.decode()
    assert vnu.errors(documents) == []


def test_nobody_sees_the_secrets_of_apps_in_the_admin(admin_client):
    assert admin_client.get("/admin/mfa/authenticator/").status_code == 404


def test_the_set_up_page_asks_a_visitor_to_log_in_first(client):
    assert client.get("/admin/tweede-stap/")["Location"].startswith("/account/login/")


def test_the_set_up_page_sends_someone_who_has_an_app_on_to_the_admin(client):
    secretary = UserFactory(is_staff=True)
    client.force_login(secretary)
    assert client.get("/admin/tweede-stap/?next=/admin/agenda/")["Location"] == "/admin/agenda/"


def test_setting_up_is_told_by_mail_in_plain_dutch(client, mail_delivered, django_capture_on_commit_callbacks):
    staff = UserFactory(is_staff=True, second_factor=False, email="nieuw@example.org")
    log_in(client, staff)
    with mail_delivered(), django_capture_on_commit_callbacks(execute=True):
        set_up(client)
    assert [m.subject for m in mail.outbox if m.to == ["nieuw@example.org"]] == [
        "[Sociale Alliantie] De tweede stap voor uw account staat aan"
    ]


def test_the_reset_is_not_even_offered_to_the_secretariat(client):
    secretary = UserFactory(is_staff=True)
    secretary.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(secretary)
    page = client.get(reverse("admin:alliantie_user_changelist")).content.decode()
    assert "reset_second_factor_action" not in page


def test_switching_the_app_off_asks_again_who_you_are(client):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302 and "reauthenticate" in response["Location"]
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()


def test_staff_without_an_app_are_sent_to_set_it_up_from_staff_pages_outside_the_admin_too(client):
    secretary = UserFactory(is_staff=True, second_factor=False)
    secretary.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(secretary)
    checkin = f"/agenda/{EventFactory().slug}/binnenkomst/"
    response = client.get(checkin)
    assert response.status_code == 302 and response["Location"].startswith("/admin/tweede-stap/?next=")


def test_once_the_accounts_are_gone_the_reset_entry_names_nobody(client):
    boss = UserFactory(is_staff=True, is_superuser=True, email="baas@example.org")
    secretary = UserFactory(is_staff=True, email="kwijt@example.org")
    reset(client, boss, secretary)
    services.delete_user(user=secretary)
    services.delete_user(user=boss)
    trail = " ".join(
        f"{e.object_repr} {e.changes_text} {e.actor_email} {e.additional_data} {e.changes}"
        for e in LogEntry.objects.all()
    )
    assert "kwijt@example.org" not in trail and "baas@example.org" not in trail
