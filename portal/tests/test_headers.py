"""Every page type carries a strict Content-Security-Policy and a Permissions-Policy, and breaks neither."""

import pytest

from conftest import login
from portal.tests.public_pages import HTML_PAGES, detail_pages

pytestmark = pytest.mark.django_db

STRICT = ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"]


def test_every_public_page_type_has_both_policies(client, seeded):
    for path in [*HTML_PAGES, *detail_pages()]:
        response = client.get(path)
        csp = response["Content-Security-Policy"]
        assert all(part in csp for part in STRICT), (path, csp)
        assert "unsafe-inline" not in csp, path
        assert "camera=()" in response["Permissions-Policy"], path
        assert "geolocation=()" in response["Permissions-Policy"], path


def test_the_admin_keeps_scripts_to_its_own_origin(client, secretariaat_user):
    client.force_login(secretariaat_user)
    csp = client.get("/admin/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp


@pytest.mark.browser
def test_no_page_violates_the_policy_in_chromium(page, seeded, secretariaat_user):
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    for path in [*HTML_PAGES, *detail_pages()]:
        page.goto(path)
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    for path in ["/admin/", "/admin/cooperaties/cooperatie/", "/admin/agenda/event/add/", "/admin/manifest/kloof/"]:
        page.goto(path)
    assert violations == []


@pytest.mark.browser
def test_admin_scripts_still_work_under_the_policy(page, secretariaat_user):
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/agenda/event/add/")
    # The inline formsets' "add another" link is made by the admin's JavaScript.
    assert page.locator(".add-row a").first.is_visible()
