"""On a phone (375 px) and without JavaScript: a staff member logs in, sets up the second step, reaches the admin."""

import re
from pathlib import Path

import pytest

from alliantie.tests.factories import PASSWORD, UserFactory
from conftest import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/mfa-shots")
PHONE = {"width": 375, "height": 740}


@pytest.fixture
def phone(browser, live_server):
    """A phone-sized window without JavaScript: every step must work with plain forms and links."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_with_scripts(browser, live_server):
    """The same phone with JavaScript, for the axe check (axe runs as a script in the page)."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=PHONE)
    yield context.new_page()
    context.close()


def shoot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def fits(page):
    """Nothing sticks out sideways: the page is no wider than the phone."""
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def password_step(page, user, next_url="/admin/"):
    page.goto(f"/account/login/?next={next_url}")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")


def test_staff_log_in_set_up_the_app_and_reach_the_admin_without_javascript(phone):
    secretary = UserFactory(is_staff=True, second_factor=False, email="nieuw@example.org")
    password_step(phone, secretary)
    phone.wait_for_url(re.compile(r"/admin/tweede-stap/\?next="))
    shoot(phone, "1-instellen")
    secret = phone.locator("#sleutel").inner_text().replace(" ", "")

    phone.fill("input[name=code]", "000000" if totp_code(secret) != "000000" else "111111")
    phone.click("main button[type=submit]")
    shoot(phone, "2-instellen-fout")
    assert phone.locator(".error-summary").is_visible()

    phone.fill("input[name=code]", totp_code(secret))
    phone.click("main button[type=submit]")
    phone.wait_for_url(re.compile(r"/admin/tweede-stap/herstelcodes/"))
    shoot(phone, "3-herstelcodes")
    assert phone.locator(".recovery-codes li").count() == 10

    phone.get_by_role("link", name="Ik heb de codes bewaard. Verder").click()
    phone.wait_for_url(re.compile(r"/admin/$"))
    shoot(phone, "4-beheer")
    assert phone.get_by_role("heading", name="Beheer van de portal").is_visible()


def test_staff_with_the_app_type_its_code_after_the_password_without_javascript(phone):
    secretary = UserFactory(is_staff=True)
    password_step(phone, secretary)
    phone.wait_for_url(re.compile(r"/account/2fa/authenticate/"))
    shoot(phone, "5-code-bij-inloggen")
    phone.fill("input[name=code]", totp_code())
    phone.click("main button[type=submit]")
    phone.wait_for_url(re.compile(r"/admin/$"))
    assert phone.get_by_role("heading", name="Beheer van de portal").is_visible()


def test_the_second_step_pages_fit_a_phone_and_pass_axe(phone_with_scripts, assert_accessible):
    page = phone_with_scripts
    secretary = UserFactory(is_staff=True, second_factor=False)
    password_step(page, secretary)
    page.wait_for_url(re.compile(r"/admin/tweede-stap/"))
    assert_accessible(page)
    assert fits(page)
    page.click("main button[type=submit]")  # no code: the error summary
    assert_accessible(page)
    secret = page.locator("#sleutel").inner_text().replace(" ", "")
    page.fill("input[name=code]", totp_code(secret))
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/herstelcodes/"))
    assert_accessible(page)
    assert fits(page)
    for number, path in enumerate(
        ["/account/2fa/", "/account/2fa/recovery-codes/generate/", "/account/2fa/totp/deactivate/"], start=6
    ):
        page.goto(path)
        shoot(page, f"{number}-{path.strip('/').replace('/', '-')}")
        assert_accessible(page)
        assert fits(page), path


def test_the_code_step_at_login_fits_a_phone_and_passes_axe(phone_with_scripts, assert_accessible):
    page = phone_with_scripts
    password_step(page, UserFactory(is_staff=True))
    page.wait_for_url(re.compile(r"/account/2fa/authenticate/"))
    assert_accessible(page)
    assert fits(page)
    page.fill("input[name=code]", "abc")
    page.click("main button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
