"""The Atom feeds: only published postings that have not ended; per topic and per province."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from cooperaties.tests.factories import ThemeFactory

from .factories import TODAY, PostingFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entry_titles(client, path):
    response = client.get(path)
    feed = ET.fromstring(response.content)  # parses, or the test fails here
    return response["Content-Type"], [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_the_feed_lists_only_published_current_postings(client, today):
    PostingFactory(published=True, title="Loopt nog")
    PostingFactory(published=True, title="Voorbij", ends_on=TODAY - datetime.timedelta(days=1))
    PostingFactory(title="Wacht nog")
    assert entry_titles(client, "/vraag-en-aanbod/feed/") == (
        "application/atom+xml; charset=utf-8",
        ["Vraag: Loopt nog"],
    )


def test_the_topic_feed_lists_that_topic_only(client, today):
    PostingFactory(published=True, title="Over wonen", theme=ThemeFactory(slug="wonen"))
    PostingFactory(published=True, title="Over werk", theme=ThemeFactory(slug="werk"))
    assert entry_titles(client, "/vraag-en-aanbod/onderwerp/wonen/feed/")[1] == ["Vraag: Over wonen"]


def test_the_province_feed_lists_the_province_and_the_whole_country(client, today):
    PostingFactory(published=True, title="In Utrecht", province="utrecht")
    PostingFactory(published=True, title="In Zeeland", province="zeeland")
    PostingFactory(published=True, title="Overal", province="")
    titles = entry_titles(client, "/vraag-en-aanbod/provincie/utrecht/feed/")[1]
    assert sorted(titles) == ["Vraag: In Utrecht", "Vraag: Overal"]


def test_an_unknown_province_has_no_feed(client, today):
    assert client.get("/vraag-en-aanbod/provincie/atlantis/feed/").status_code == 404


def test_feed_links_are_absolute(client, today, settings):
    posting = PostingFactory(published=True)
    feed = ET.fromstring(client.get("/vraag-en-aanbod/feed/").content)
    links = [link.get("href") for link in feed.find(f"{ATOM}entry").iter(f"{ATOM}link")]
    assert links == [settings.SITE_URL.rstrip("/") + posting.get_absolute_url()]
