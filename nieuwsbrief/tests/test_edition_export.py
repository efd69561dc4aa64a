import re

import pytest
from django.core.management import CommandError, call_command

from nieuwsbrief.edition_export import ExportError, export_edition

from .factories import EditionFactory, EditionItemFactory

pytestmark = pytest.mark.django_db

SITE = "https://www.socialealliantie.nl"


@pytest.fixture
def https_site(settings):
    settings.SITE_URL = SITE
    return settings


@pytest.fixture
def edition():
    edition = EditionFactory(number=7, title="Samen voor bestaanszekerheid")
    EditionItemFactory(edition=edition, title="Agenda-item", url="/agenda/")
    EditionItemFactory(
        edition=edition, title="Vrij item", url="https://example.org/pagina", text="Eerste regel.\n\nTweede."
    )
    return edition


def test_html_has_no_script_all_css_inline_small_and_the_unsubscribe_tag(https_site, edition):
    exported = export_edition(edition, service="mailchimp")
    html = exported.html
    assert not re.search(r"<script", html, re.I)
    assert not re.search(r"<style", html, re.I)
    assert not re.search(r"<link[^>]+stylesheet", html, re.I)
    assert 'style="' in html  # the rules were moved onto the elements
    assert 'class="header"' in html and "background-color: #8a1538" in html
    assert len(html.encode("utf-8")) < 100 * 1024
    assert 'href="*|UNSUB|*"' in html
    assert "*|UNSUB|*" in exported.text
    assert "Postbus 2758" in html and "3500 GT Utrecht" in html
    assert "Postbus 2758" in exported.text


def test_links_are_absolute_https(https_site, edition):
    html = export_edition(edition, service="mailchimp").html
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert f"{SITE}/agenda/" in hrefs
    assert all(h.startswith("https://") or h == "*|UNSUB|*" for h in hrefs), hrefs
    assert "fonts.googleapis" not in html and "@font-face" not in html


def test_laposta_gets_its_own_tag(https_site, edition):
    exported = export_edition(edition, service="laposta")
    assert 'href="{{unsubscribe}}"' in exported.html
    assert "*|UNSUB|*" not in exported.html


def test_refuses_without_unsubscribe_tag(https_site, edition):
    https_site.NEWSLETTER_SERVICES = {"mailchimp": ""}
    with pytest.raises(ExportError):
        export_edition(edition, service="mailchimp")


def test_refuses_without_postal_address(https_site, edition):
    https_site.ORGANISATION = {
        "name": "Sociale Alliantie",
        "postbus": "",
        "postcode_city": "",
        "email": "x@example.org",
    }
    with pytest.raises(ExportError):
        export_edition(edition, service="mailchimp")


def test_refuses_http_site_url(settings, edition):
    settings.SITE_URL = "http://127.0.0.1:8000"
    with pytest.raises(ExportError):
        export_edition(edition)


def test_refuses_when_too_big(https_site, edition):
    EditionItemFactory(edition=edition, text="woord " * 25_000)
    with pytest.raises(ExportError, match="te groot"):
        export_edition(edition)


def test_command_writes_html_and_text(https_site, edition, tmp_path):
    call_command("export_nieuwsbrief", "7", "--service", "mailchimp", "--output", str(tmp_path))
    html = (tmp_path / "nieuwsbrief-7-mailchimp.html").read_text(encoding="utf-8")
    text = (tmp_path / "nieuwsbrief-7-mailchimp.txt").read_text(encoding="utf-8")
    assert "Samen voor bestaanszekerheid" in html
    assert "SAMEN VOOR BESTAANSZEKERHEID" in text
    assert "https://example.org/pagina" in text


def test_command_refuses_with_command_error(https_site, edition, tmp_path):
    https_site.NEWSLETTER_SERVICES = {"mailchimp": ""}
    with pytest.raises(CommandError, match="afmeldcode"):
        call_command("export_nieuwsbrief", "7", "--output", str(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_command_unknown_edition_or_service(https_site, edition, tmp_path):
    with pytest.raises(CommandError):
        call_command("export_nieuwsbrief", "99", "--output", str(tmp_path))
    with pytest.raises(CommandError):
        call_command("export_nieuwsbrief", "7", "--service", "onbekend", "--output", str(tmp_path))


def test_admin_download_and_refusal(https_site, edition, client, secretariaat_user):
    from django.urls import reverse

    client.force_login(secretariaat_user)
    url = reverse("admin:nieuwsbrief_edition_export", args=[edition.pk, "mailchimp", "html"])
    response = client.get(url)
    assert response.status_code == 200
    assert 'filename="nieuwsbrief-7-mailchimp.html"' in response["Content-Disposition"]
    assert b"*|UNSUB|*" in response.content

    https_site.ORGANISATION = {"name": "Sociale Alliantie", "postbus": "", "postcode_city": ""}
    response = client.get(url, follow=True)
    assert b"postadres ontbreekt" in response.content


def test_in_development_an_http_export_is_a_marked_test_export(settings, edition):
    settings.DEBUG = True
    settings.SITE_URL = "http://127.0.0.1:8000"
    exported = export_edition(edition, service="mailchimp")
    assert "TESTEXPORT" in exported.html and exported.text.startswith("TESTEXPORT")
    assert 'href="http://127.0.0.1:8000/agenda/"' in exported.html


def test_an_edited_text_version_goes_out_with_the_unsubscribe_tag(https_site, edition):
    edition.plain_text = "Onze eigen tekst voor wie geen opmaak leest."
    edition.save()
    text = export_edition(edition, service="mailchimp").text
    assert text.startswith("Onze eigen tekst") and "*|UNSUB|*" in text


def test_an_edited_text_version_works_for_every_service(https_site, edition):
    from nieuwsbrief.edition_export import editable_text

    edition.plain_text = editable_text(export_edition(edition, service="mailchimp").text)
    edition.save()
    laposta = export_edition(edition, service="laposta").text
    assert "{{unsubscribe}}" in laposta and "*|UNSUB|*" not in laposta


def test_a_story_and_a_publication_carry_their_own_heading_not_the_one_above(https_site):
    from django.contrib.contenttypes.models import ContentType

    from cooperaties.tests.factories import CooperatieFactory
    from publicaties.tests.factories import PublicationFactory
    from verhalen.tests.factories import StoryFactory

    edition = EditionFactory()
    for position, content in enumerate([CooperatieFactory(), StoryFactory(published=True), PublicationFactory()]):
        EditionItemFactory(
            edition=edition,
            position=position,
            content_type=ContentType.objects.get_for_model(content),
            object_id=content.pk,
        )
    labels = re.findall(r'<p class="label"[^>]*>([^<]+)</p>', export_edition(edition, service="mailchimp").html)
    assert labels == ["Coöperaties", "Verhalen", "Publicaties"]


def test_every_kind_the_secretariat_can_pick_has_a_heading():
    from nieuwsbrief.models import CONTENT_MODELS, SECTION_LABELS

    assert [kind for kind in CONTENT_MODELS if kind not in SECTION_LABELS] == []
