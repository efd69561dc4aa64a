"""In the browser: the secretariat composes an edition by search and by ticking, previews it, exports a
test export in development and reads in the mailing service's unsubscribes."""

from pathlib import Path

import pytest

from agenda.tests.factories import EventFactory
from conftest import login
from cooperaties.tests.factories import CooperatieFactory
from nieuwsbrief.models import Subscriber

from .factories import EditionFactory, SubscriberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_compose_preview_export_and_import_unsubscribes(page, secretariaat_user, settings, tmp_path):
    settings.DEBUG = True  # development: the export is a marked test export with http links
    edition = EditionFactory(number=3, published=False)
    EventFactory(title="Alliantiedag Drachten", city="Drachten")
    EventFactory(title="Alliantiedag Roermond", city="Roermond")
    CooperatieFactory(name="Voedselcoöperatie Heechterp")
    SubscriberFactory(email="weg@example.org")

    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto(f"/admin/nieuwsbrief/edition/{edition.pk}/samenstellen/")
    page.get_by_label("Zoek op titel").fill("Heechterp")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_label("Voedselcoöperatie Heechterp").first.check()  # the search results come first
    page.get_by_role("button", name="Aangevinkte zoekresultaten toevoegen").click()
    assert page.get_by_text("1 onderdeel toegevoegd.").is_visible()

    page.get_by_label("Alliantiedag Drachten").check()
    page.get_by_label("Alliantiedag Roermond").check()
    page.get_by_role("button", name="Aangevinkte nieuwe inhoud toevoegen").click()
    assert page.get_by_text("2 onderdelen toegevoegd.").is_visible()
    assert list(edition.items.order_by("position").values_list("title", flat=True)) == [
        "Voedselcoöperatie Heechterp",
        "Alliantiedag Drachten",
        "Alliantiedag Roermond",
    ]

    page.get_by_role("link", name="Naar het voorbeeld").click()
    assert page.get_by_text("TESTEXPORT").first.is_visible()
    assert page.locator(".newsletter-preview").get_by_text("Alliantiedag Drachten").is_visible()
    text = page.get_by_label("Voor wie geen opgemaakte e-mail kan lezen").input_value()
    assert "Alliantiedag Roermond" in text

    page.goto("/admin/nieuwsbrief/edition/")
    with page.expect_download() as download:
        page.get_by_role("link", name="mailchimp html").click()
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert "TESTEXPORT" in html and 'href="http://' in html

    unsubscribed = tmp_path / "unsubscribed.csv"
    unsubscribed.write_text("Email Address,First Name\nweg@example.org,Piet\nonbekend@example.org,X\n")
    page.goto("/admin/nieuwsbrief/subscriber/afmeldingen-inlezen/")
    page.get_by_label("Het bestand met afgemelde adressen").set_input_files(str(unsubscribed))
    page.get_by_role("button", name="Inlezen").click()
    assert page.get_by_text("1 adres nu afgemeld.").is_visible()
    assert page.get_by_text("1 adres kennen wij niet.").is_visible()
    assert Subscriber.objects.get(email="weg@example.org").status == Subscriber.Status.UNSUBSCRIBED
