"""'Lees voor' in Chromium: the button shows only where the browser can speak, and reads the page in Dutch.

The browser's speech is replaced by a recorder (add_init_script) before the page's own script runs: that is
the browser's API, not our code, and a test machine has no voices.
"""

import pytest

from cooperaties.models import Cooperatie
from manifest import seed
from verhalen.tests.factories import StoryFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORDER = """
window.spoken = [];
window.calls = [];
Object.defineProperty(window, "speechSynthesis", {
  configurable: true,
  value: {
    speak(utterance) { window.calls.push("speak"); window.spoken.push({text: utterance.text, lang: utterance.lang}); },
    pause() { window.calls.push("pause"); },
    resume() { window.calls.push("resume"); },
    cancel() { window.calls.push("cancel"); },
    getVoices() { return []; },
  },
});
"""
NO_SPEECH = 'Object.defineProperty(window, "speechSynthesis", {configurable: true, value: undefined});'


def pages():
    story = StoryFactory(published=True, title="Geld op voor de twintigste")
    return [
        f"/manifest/{seed.MANIFEST_SLUG}/",
        f"/manifest/{seed.MANIFEST_SLUG}/in-gewone-woorden/",
        "/kloven/inkomenskloof/",
        Cooperatie.objects.published().first().get_absolute_url(),
        story.get_absolute_url(),
    ]


def new_page(browser, live_server, *, script=None, javascript=True):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 568}, java_script_enabled=javascript
    )
    if script:
        context.add_init_script(script)
    return context.new_page()


def test_the_button_reads_the_page_in_dutch_pauses_and_stops(browser, live_server, seeded, assert_accessible):
    page = new_page(browser, live_server, script=RECORDER)
    for path in pages():
        page.goto(path)
        button = page.get_by_role("button", name="Lees voor")
        assert button.is_visible(), path
        button.click()
        spoken = page.evaluate("window.spoken")
        assert spoken and {item["lang"] for item in spoken} == {"nl-NL"}, path
        # The main text, beginning with its heading; not the menu, the search box or the button itself.
        assert spoken[0]["text"] == page.locator("h1").inner_text(), path
        texts = [item["text"] for item in spoken]
        assert "Zoeken" not in texts and "Lees voor" not in texts and "Manifest" not in texts
    # The last page read: pause, go on, stop.
    page.get_by_role("button", name="Pauze").click()
    page.get_by_role("button", name="Verder voorlezen").click()
    page.get_by_role("button", name="Stop").click()
    assert page.evaluate("window.calls").count("pause") == 1
    assert page.evaluate("window.calls")[-2:] == ["resume", "cancel"]
    assert page.get_by_role("button", name="Lees voor").is_visible()
    assert not page.get_by_role("button", name="Stop").is_visible()


def test_the_plain_words_are_read_without_the_links_to_the_full_text(browser, live_server, seeded):
    page = new_page(browser, live_server, script=RECORDER)
    page.goto(f"/manifest/{seed.MANIFEST_SLUG}/in-gewone-woorden/")
    page.get_by_role("button", name="Lees voor").click()
    texts = [item["text"] for item in page.evaluate("window.spoken")]
    assert "Mensen hebben elkaar nodig" in " ".join(texts)
    assert not any(text.startswith("In het manifest:") for text in texts)
    # Long paragraphs go in pieces, since some voices stop after about fifteen seconds.
    assert max(len(text) for text in texts) <= 300


def test_no_button_without_javascript_or_where_the_browser_cannot_speak(browser, live_server, seeded):
    without_js = new_page(browser, live_server, javascript=False)
    no_speech = new_page(browser, live_server, script=NO_SPEECH)
    for path in pages():
        for page in (without_js, no_speech):
            page.goto(path)
            assert page.locator("[data-lees-voor]").count() == 1, path
            assert not page.get_by_role("button", name="Lees voor").is_visible(), path
            assert page.get_by_role("button", name="Lees voor").count() == 0, path  # hidden, so not in the tree


def test_pages_with_the_button_shown_have_no_axe_violations(browser, live_server, seeded, assert_accessible):
    page = new_page(browser, live_server, script=RECORDER)
    for path in pages():
        page.goto(path)
        page.get_by_role("button", name="Lees voor").click()  # with Pauze and Stop showing
        assert_accessible(page)
