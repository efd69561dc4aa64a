"""What every visitor's browser and every search engine asks for: robots.txt, sitemap.xml, a favicon."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_robots_keeps_personal_pages_out_and_names_the_sitemap(client, settings):
    settings.SITE_URL = "https://www.socialealliantie.nl"
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /mijn-account/" in text and "Disallow: /admin/" in text
    assert "Sitemap: https://www.socialealliantie.nl/sitemap.xml" in text


def test_every_page_in_the_sitemap_answers(client, seeded, settings):
    settings.SITE_URL = "https://www.socialealliantie.nl"
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>https://www\.socialealliantie\.nl(/[^<]*)</loc>", xml)
    assert "/kloven/inkomenskloof/" in locations and "/privacy/" in locations
    assert "/uitwisseling/provincies/limburg/" in locations and "/vraag-en-aanbod/" in locations
    assert len(locations) > 60
    assert [path for path in locations if client.get(path).status_code != 200] == []


def test_the_favicon_is_our_own(client):
    response = client.get("/favicon.ico")
    assert (response.status_code, response["Location"]) == (301, "/static/favicon.svg")
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/").content.decode()


def test_the_accessibility_statement_says_its_status_and_how_to_reach_us(client):
    html = client.get("/toegankelijkheid/").content.decode()
    assert "C – eerste maatregelen genomen" in html and "info@socialealliantie.nl" in html
    assert 'href="/toegankelijkheid/"' in client.get("/").content.decode()


@pytest.mark.browser
def test_the_accessibility_statement_is_accessible(page, assert_accessible):
    page.goto("/")
    page.get_by_role("link", name="Toegankelijkheid").click()
    assert page.get_by_role("heading", name="Toegankelijkheidsverklaring", level=1).is_visible()
    assert_accessible(page)


def test_the_portal_says_u_not_je_in_its_templates():
    from pathlib import Path

    from django.conf import settings

    informal = re.compile(r"\b(je|jij|jouw)\b", re.IGNORECASE)
    templates = [*Path(settings.BASE_DIR).glob("templates/**/*.*"), *Path(settings.BASE_DIR).glob("*/templates/**/*.*")]
    templates += list(Path(settings.BASE_DIR).glob("alliantie/*/templates/**/*.*"))
    offending = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}"
        for path in templates
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if informal.search(line)
    ]
    assert offending == []
