import re

import pytest
from playwright.sync_api import expect

from cooperaties.models import Province

from .factories import CooperatieFactory, DomainFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def directory():
    # Transactional tests start without the vocabulary of the data migration: make what is needed.
    werk = DomainFactory(slug="werk", name="Werk")
    wonen = DomainFactory(slug="wonen", name="Wonen")
    CooperatieFactory(
        name="Coöperatie De Vrije Uitloop",
        slug="de-vrije-uitloop",
        place="Breda",
        province=Province.NOORD_BRABANT,
        summary="Mensen verdienen samen een deel van hun uitkering.",
        domains=[werk],
        description="In de coöperatie vinden leden steun en inspiratie bij elkaar.",
    )
    CooperatieFactory(
        name="Woongroep Breda",
        slug="woongroep-breda",
        place="Breda",
        province=Province.NOORD_BRABANT,
        domains=[wonen],
    )
    CooperatieFactory(
        name="Bewonersbedrijf Heechterp",
        slug="heechterp",
        place="Leeuwarden",
        province=Province.FRIESLAND,
        domains=[werk],
    )


def result_names(page):
    return page.locator(".cards h3").all_inner_texts()


def test_filter_search_and_open_a_profile(page, directory, assert_accessible):
    page.goto("/cooperaties/")
    expect(page.get_by_role("heading", name="3 coöperaties gevonden")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Provincie").select_option(label="Noord-Brabant")
    page.get_by_label("Domein").select_option(label="Werk")
    page.get_by_role("button", name="Toon coöperaties").click()
    expect(page).to_have_url(re.compile(r"province=noord-brabant.*domain=werk"))
    assert result_names(page) == ["Coöperatie De Vrije Uitloop"]

    page.get_by_role("link", name="Wis alle filters").click()
    page.get_by_label("Zoek op naam, plaats of tekst").fill("cooperatie")
    page.get_by_role("button", name="Toon coöperaties").click()
    expect(page.get_by_role("heading", name="1 coöperatie gevonden")).to_be_visible()
    assert result_names(page) == ["Coöperatie De Vrije Uitloop"]

    page.get_by_role("link", name="Coöperatie De Vrije Uitloop").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Coöperatie De Vrije Uitloop")
    expect(page.get_by_text("Breda", exact=True)).to_be_visible()
    assert_accessible(page)


def test_empty_result_and_province_overview_are_accessible(page, directory, assert_accessible):
    page.goto("/cooperaties/?q=zeppelinwerf&province=atlantis")
    expect(page.get_by_text("Er is geen coöperatie die past bij uw keuze.")).to_be_visible()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.goto("/cooperaties/provincies/")
    expect(page.get_by_role("table")).to_be_visible()
    assert_accessible(page)


def test_proposal_form_with_errors_is_accessible(page, assert_accessible):
    DomainFactory(slug="werk", name="Werk")
    page.goto("/cooperaties/aanmelden/")
    assert_accessible(page)
    page.get_by_label("Website").fill("geen website")
    page.get_by_role("button", name="Aanmelding versturen").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile("Naam van de coöperatie"))).to_be_visible()
    expect(page.get_by_label("Website")).to_have_value("geen website")
    assert_accessible(page)


def test_filter_form_works_without_javascript(page_no_js, directory):
    page = page_no_js
    page.goto("/cooperaties/")
    page.get_by_label("Provincie").select_option(label="Friesland")
    page.get_by_role("button", name="Toon coöperaties").click()
    expect(page).to_have_url(re.compile(r"province=friesland"))
    assert result_names(page) == ["Bewonersbedrijf Heechterp"]


def test_list_reads_at_320_pixels(narrow_page, directory):
    narrow_page.goto("/cooperaties/")
    width = narrow_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
