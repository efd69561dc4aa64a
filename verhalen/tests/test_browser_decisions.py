"""In the browser: the secretariat publishes a story from its own page and the writer is told."""

import pytest

from conftest import login
from verhalen.models import Story
from verhalen.tests.factories import StoryFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = "var/screenshots-stories"


@pytest.mark.parametrize("width", [1280, 375])
def test_the_secretariat_publishes_a_story_from_its_page_and_the_writer_is_told(page, secretariaat_user, width):
    story = StoryFactory(contact="schrijver@example.org")
    page.set_viewport_size({"width": width, "height": 900})
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto(f"/admin/verhalen/story/{story.pk}/change/")
    page.screenshot(path=f"{SHOTS}/1-story-{width}.png", full_page=True)
    assert page.get_by_label("Stuur bericht").is_checked()
    page.get_by_role("button", name="Publiceren").click()
    page.screenshot(path=f"{SHOTS}/2-published-{width}.png", full_page=True)
    story.refresh_from_db()
    assert story.status == Story.Status.GEPUBLICEERD
