"""In the browser: from sign-up to downloading a members-only document, and the axe check."""

import re
import time

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from alliantie.models import Document, Membership
from alliantie.tests.factories import PASSWORD, DocumentFactory, OrganisationFactory, UserFactory
from alliantie.tests.files import PDF_BYTES
from conftest import deliver_mail, login
from portal.permissions import SECRETARIAAT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def secretariaat_group(transactional_db):
    """A transactional test empties the tables, the migration's group included: put it back."""
    group, _ = Group.objects.get_or_create(name=SECRETARIAAT)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="alliantie"))
    return group


@pytest.fixture
def members_document():
    document = DocumentFactory(
        title="Notulen van de AlliantieRaad", slug="notulen-alliantieraad", access=Document.Access.LEDEN
    )
    document.file.save("notulen.pdf", ContentFile(PDF_BYTES))
    return document


def wait_for_mail(count, timeout=10):
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count and time.monotonic() < deadline:
        deliver_mail()
        time.sleep(0.1)
    assert len(mail.outbox) >= count, f"expected {count} e-mails, got {len(mail.outbox)}"
    return mail.outbox[count - 1]


def submit(page):
    page.locator("main form button[type=submit]").last.click()


def test_sign_up_request_link_approval_and_download(
    secretariaat_group, secretariaat_user, browser, live_server, page, members_document, assert_accessible
):
    OrganisationFactory(name="FNV")
    mail.outbox.clear()

    # 1. Sign up.
    page.goto("/account/signup/")
    page.fill("input[name=first_name]", "Piet")
    page.fill("input[name=last_name]", "de Vries")
    page.fill("input[name=email]", "nieuw.lid@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    submit(page)
    page.wait_for_url("**/account/confirm-email/")
    assert_accessible(page)

    # 2. Confirm the address through the link in the mail.
    message = wait_for_mail(1)
    assert message.to == ["nieuw.lid@example.org"]
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+)", message.body)
    assert link, message.body
    page.goto(link.group(1))
    assert_accessible(page)
    submit(page)
    page.wait_for_load_state()

    # 3. Ask to be linked to the organisation.
    page.goto("/mijn-account/organisatie/")
    page.select_option("select[name=organisation]", label="FNV")
    page.fill("input[name=function]", "vrijwilliger")
    submit(page)
    expect(page.get_by_text("Uw aanvraag is verstuurd.")).to_be_visible()
    expect(page.locator("dd", has_text="Aangevraagd")).to_be_visible()

    # Not yet approved: no download.
    page.goto(members_document.get_absolute_url())
    expect(page.get_by_text("Uw account is nog niet goedgekeurd")).to_be_visible()

    # 4. The secretariat approves in the admin, with the bulk action.
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    admin_page = context.new_page()
    login(admin_page, "secretariaat@example.org", "geheim-wachtwoord-123")
    admin_page.wait_for_url(f"{live_server.url}/")
    admin_page.goto("/admin/alliantie/membership/?status__exact=aangevraagd")
    row = admin_page.locator("#result_list tbody tr", has_text="nieuw.lid@example.org")
    row.locator("input[name=_selected_action]").check()
    admin_page.select_option("select[name=action]", "approve")
    admin_page.locator("button[name=index]").click()
    expect(admin_page.get_by_text("1 aanvraag goedgekeurd.")).to_be_visible()
    context.close()
    assert Membership.objects.get(user__email="nieuw.lid@example.org").status == Membership.Status.GOEDGEKEURD
    approval = wait_for_mail(3)  # confirmation, notice to the secretariat, approval
    assert approval.to == ["nieuw.lid@example.org"]
    assert "Het secretariaat heeft uw aanvraag goedgekeurd." in approval.body

    # 5. The member downloads the members-only document.
    page.goto(members_document.get_absolute_url())
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download het document (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "notulen-alliantieraad.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read() == PDF_BYTES


@pytest.mark.parametrize(
    "url", ["/over-ons/", "/netwerk/", "/netwerk/?sector=onzin", "/documenten/", "/documenten/?year=abc"]
)
def test_public_pages_have_no_axe_violations(page, assert_accessible, url, seeded):
    DocumentFactory(title="Interne notulen", access=Document.Access.LEDEN)
    page.goto(url)
    assert_accessible(page)


def test_document_page_has_no_axe_violations(page, assert_accessible, members_document):
    page.goto(members_document.get_absolute_url())
    assert_accessible(page)


@pytest.mark.parametrize("url", ["/account/login/", "/account/signup/", "/account/password/reset/"])
def test_allauth_entrance_pages_have_no_axe_violations(page, assert_accessible, url):
    page.goto(url)
    assert_accessible(page)
    # With errors: submit the empty form (no JavaScript validation in the way).
    page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    submit(page)
    page.wait_for_load_state()
    assert_accessible(page)


def test_account_pages_have_no_axe_violations(page, assert_accessible):
    OrganisationFactory(name="FNV")
    user = UserFactory(email="lid@example.org")
    login(page, "lid@example.org", PASSWORD)
    page.wait_for_url("**/")
    for url in [
        "/mijn-account/",
        "/mijn-account/gegevens/",
        "/mijn-account/organisatie/",
        "/account/email/",
        "/account/password/change/",
    ]:
        page.goto(url)
        assert_accessible(page)
    # The request form with an error, then the account page with a pending request.
    page.goto("/mijn-account/organisatie/")
    submit(page)
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.select_option("select[name=organisation]", label="FNV")
    page.fill("input[name=function]", "lid")
    submit(page)
    assert_accessible(page)
    Membership.objects.filter(user=user).update(status=Membership.Status.GOEDGEKEURD)
    page.goto("/mijn-account/")
    expect(page.locator("dd", has_text="Goedgekeurd")).to_be_visible()
    assert_accessible(page)


def test_document_filter_works_without_javascript(page_no_js, seeded):
    page_no_js.goto("/documenten/")
    page_no_js.select_option("select[name=kind]", label="Reactie")
    page_no_js.get_by_role("button", name="Toon documenten").click()
    expect(page_no_js.get_by_text("2 documenten gevonden.")).to_be_visible()
    assert "kind=reactie" in page_no_js.url


@pytest.mark.parametrize("url", ["/over-ons/", "/netwerk/", "/documenten/", "/account/signup/"])
def test_pages_fit_a_320_pixel_screen(narrow_page, url, seeded):
    narrow_page.goto(url)
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 320
