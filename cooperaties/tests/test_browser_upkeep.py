"""In the browser: a coöperatie fills in its own profile from a mailed link, the secretariat approves the
before/after, a visitor from that town finds it; then the yearly check asks again and 'klopt nog' confirms."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from conftest import deliver_mail, login
from cooperaties import municipalities, services
from cooperaties.models import Cooperatie, Province

from .factories import CooperatieFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LINK = re.compile(r"http://\S+?(/cooperaties/profiel/\d+/([a-z-]+)/\S+/)")


def mailed_links(to):
    message = [m for m in mail.outbox if m.to == [to]][-1]
    return message, {purpose: path for path, purpose in LINK.findall(message.body)}


def test_coop_updates_its_profile_secretariat_approves_visitor_finds_it(
    page, browser, live_server, secretariaat_user, assert_accessible
):
    municipalities.load()
    fort = CooperatieFactory(
        name="Fort Vreeswijk",
        slug="fort-vreeswijk",
        summary="Waar mensen zorgvoorzieningen in hun eigen buurt houden.",
        place="",
        province="",
        contact_address="fort@example.org",
    )
    CooperatieFactory(name="Vereniging Kies&Co", slug="kies-en-co", place="", province=Province.LANDELIJK)
    CooperatieFactory(name="Lucas Community", slug="lucas", place="Amsterdam", province=Province.NOORD_HOLLAND)

    # The secretariat sends the edit link from the admin.
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/cooperaties/cooperatie/")
    page.locator(f"input.action-select[value='{fort.pk}']").check()
    page.locator("select[name=action]").select_option("send_edit_link")
    page.locator("button[name=index]").first.click()
    expect(page.get_by_text("De link is naar 1 coöperatie gestuurd.")).to_be_visible()
    deliver_mail()
    _, links = mailed_links("fort@example.org")

    # The coöperatie, in a browser of its own without an account, fills in place, province and website.
    coop_context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    coop = coop_context.new_page()
    coop.goto(links["bewerken"])
    expect(coop.get_by_role("heading", level=1)).to_have_text("Gegevens van Fort Vreeswijk aanpassen")
    assert_accessible(coop)
    coop.get_by_label("Plaats (gemeente)").fill("Nieuwegein")
    coop.get_by_label("Provincie").select_option(label="Utrecht")
    coop.get_by_label("Website").fill("https://fortvreeswijk.example.org")
    coop.get_by_role("button", name="Wijzigingen versturen").click()
    expect(coop.get_by_role("heading", level=1)).to_have_text("Dank u wel")
    assert Cooperatie.objects.get(pk=fort.pk).place == ""  # waits for the secretariat

    # The secretariat sees before and after, and approves.
    deliver_mail()
    to_secretariaat = next(m for m in mail.outbox if "stelt wijzigingen voor" in m.subject)
    page.goto(re.search(r"http://[^/\s]+(/admin/\S+)", to_secretariaat.body).group(1))
    comparison = page.locator("table.comparison")
    expect(comparison.locator("tbody tr", has_text="Plaats")).to_contain_text("Nieuwegein")
    expect(comparison.locator("tbody tr", has_text="Website")).to_contain_text("https://fortvreeswijk.example.org")
    page.get_by_role("button", name="Goedkeuren en op de website zetten").click()
    expect(page.get_by_text("Goedgekeurd: de pagina van Fort Vreeswijk is bijgewerkt.")).to_be_visible()

    # A visitor from Nieuwegein finds it first, then the national coöperatie.
    visitor_context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    visitor = visitor_context.new_page()
    visitor.goto("/cooperaties/")
    visitor.get_by_label("Zoek op naam, plaats of tekst").fill("Nieuwegein")
    visitor.get_by_role("button", name="Toon coöperaties").click()
    assert visitor.locator(".cards h3").all_inner_texts() == ["Fort Vreeswijk", "Vereniging Kies&Co"]
    expect(visitor.get_by_text("In Nieuwegein", exact=True)).to_be_visible()
    assert_accessible(visitor)
    visitor.get_by_role("link", name="Fort Vreeswijk").click()
    expect(visitor.get_by_role("link", name="https://fortvreeswijk.example.org")).to_be_visible()

    # A year on, the yearly job (called directly) asks again, with three links.
    year_ago = timezone.localdate() - datetime.timedelta(days=400)
    Cooperatie.objects.filter(pk=fort.pk).update(last_verified=year_ago)
    assert services.send_freshness_checks() == 1
    deliver_mail()
    check, links = mailed_links("fort@example.org")
    assert set(links) == {"klopt-nog", "bewerken", "bestaat-niet-meer"}
    assert check.subject == "Klopt alles nog over Fort Vreeswijk?"

    coop.goto(links["klopt-nog"])
    assert_accessible(coop)
    coop.get_by_role("button", name="Ja, dit klopt nog").click()
    expect(coop.get_by_role("heading", level=1)).to_have_text("Dank u wel")
    assert Cooperatie.objects.get(pk=fort.pk).last_verified == timezone.localdate()
    visitor.reload()
    expect(visitor.locator(".profile-facts")).to_contain_text(str(timezone.localdate().year))
    coop_context.close()
    visitor_context.close()


def test_duplicate_warning_and_correction_form_are_accessible(page, narrow_page, assert_accessible):
    CooperatieFactory(name="Coöperatie De Vrije Uitloop", slug="de-vrije-uitloop", place="Breda")
    page.goto("/cooperaties/aanmelden/")
    page.get_by_label("Naam van de coöperatie").fill("Cooperatie de Vrije Uitloop")
    page.get_by_label("Korte beschrijving").fill("Samen een eigen inkomen verdienen.")
    page.get_by_label("Uw e-mailadres").fill("iemand@example.org")
    page.get_by_role("button", name="Aanmelding versturen").click()
    expect(page.get_by_role("heading", name="Staat deze coöperatie al op de website?")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Toch aanmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor uw aanmelding")

    narrow_page.goto("/cooperaties/de-vrije-uitloop/")
    narrow_page.get_by_role("link", name="Klopt er iets niet of weet u meer?").click()
    narrow_page.wait_for_url("**/melden/")  # the click starts a navigation; measure the page it reaches
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 320
    narrow_page.get_by_role("button", name="Bericht versturen").click()
    expect(narrow_page.locator(".error-summary")).to_be_visible()
    assert_accessible(narrow_page)
    narrow_page.get_by_label("Wat klopt er niet, of wat weet u meer?").fill("De website is devrijeuitloop.example.org")
    narrow_page.get_by_role("button", name="Bericht versturen").click()
    expect(narrow_page.get_by_role("heading", level=1)).to_have_text("Dank u wel voor uw bericht")
