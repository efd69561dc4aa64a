"""The secretariat publishes and withdraws; the kloof page shows what is published; the writer's
private link removes the story; the retention rule is applied."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from manifest.tests.factories import KloofFactory
from portal.privacy import declaration_problems, register
from verhalen import retention, services
from verhalen.models import Story
from verhalen.tokens import make_remove_token

from .factories import StoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kloof():
    return KloofFactory(name="Inkomenskloof", slug="inkomenskloof")


def test_the_kloof_page_shows_published_stories_about_it_after_its_figures(client, kloof):
    published = StoryFactory(published=True, text="Het geld is altijd op voor de twintigste.")
    published.kloven.add(kloof)
    waiting = StoryFactory(text="Dit verhaal wacht nog op het secretariaat.")
    waiting.kloven.add(kloof)
    elsewhere = StoryFactory(published=True, text="Dit gaat over een andere kloof.")
    elsewhere.kloven.add(KloofFactory())

    html = client.get(kloof.get_absolute_url()).content.decode()

    assert html.index("De cijfers") < html.index("Wat mensen overkomt") < html.index("altijd op voor de twintigste")
    assert "wacht nog op het secretariaat" not in html
    assert "andere kloof" not in html


def test_each_story_links_back_to_its_kloof(client, kloof):
    story = StoryFactory(published=True)
    story.kloven.add(kloof)
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'href="{kloof.get_absolute_url()}"' in html


def test_secretariat_publishes_and_withdraws_in_the_admin(client, secretariaat_user, kloof):
    story = StoryFactory()
    story.kloven.add(kloof)
    client.force_login(secretariaat_user)
    changelist = reverse("admin:verhalen_story_changelist")

    client.post(changelist, {"action": "publish", "_selected_action": [story.pk]})
    story.refresh_from_db()
    assert story.status == Story.Status.GEPUBLICEERD and story.published_at is not None
    assert story.text in client.get(kloof.get_absolute_url()).content.decode()

    client.post(changelist, {"action": "withdraw", "_selected_action": [story.pk]})
    story.refresh_from_db()
    assert story.status == Story.Status.INGETROKKEN
    assert story.text not in client.get(kloof.get_absolute_url()).content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_the_admin_shows_the_story_and_its_consent_to_the_secretariat(client, secretariaat_user):
    story = StoryFactory(contact="06-12345678")
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:verhalen_story_change", args=[story.pk])).content.decode()
    assert "06-12345678" in html
    assert "Ik geef de Sociale Alliantie toestemming" in html


def test_the_removal_link_asks_once_then_deletes_the_story(client, kloof):
    story = StoryFactory(published=True, name="", contact="iemand@example.org")
    story.kloven.add(kloof)
    url = reverse("verhalen:story-remove", kwargs={"token": make_remove_token(story)})

    # Opening the link (a mail preview, a link checker) removes nothing, and no cache keeps the page.
    opened = client.get(url)
    assert "Haal mijn verhaal weg" in opened.content.decode()
    assert "no-store" in opened["Cache-Control"]
    assert Story.objects.filter(pk=story.pk).exists()

    response = client.post(url)
    assert response.status_code == 200
    assert "Uw verhaal is weggehaald" in response.content.decode()
    assert not Story.objects.filter(pk=story.pk).exists()
    assert story.text not in client.get(kloof.get_absolute_url()).content.decode()
    # A second time the link explains instead of failing.
    assert client.post(url).status_code == 404


def test_a_forged_or_damaged_removal_link_removes_nothing(client):
    story = StoryFactory(published=True)
    token = make_remove_token(story)
    other = StoryFactory(published=True)
    forged = token.replace(str(story.pk), str(other.pk), 1)
    for bad in (forged, token[:-2], "x", f"{other.pk}"):
        assert client.post(reverse("verhalen:story-remove", kwargs={"token": bad})).status_code == 404
    assert Story.objects.count() == 2


def test_stories_are_in_the_privacy_register_with_their_rule():
    entries = {entry.model: entry for entry in register()}
    assert [rule.key for rule in entries[Story].rules] == ["story"]
    assert declaration_problems([Story]) == []


def test_retention_deletes_old_unpublished_and_withdrawn_stories_and_old_contacts():
    now = timezone.now()
    old = now - datetime.timedelta(days=100)
    fresh_waiting = StoryFactory()
    old_waiting = StoryFactory(created=old)
    old_withdrawn = StoryFactory(status=Story.Status.INGETROKKEN, withdrawn_at=old)
    old_published = StoryFactory(published=True, published_at=old, contact="06-12345678")

    assert retention.erase_old_stories(now=now, dry_run=True) == 3
    retention.erase_old_stories(now=now, dry_run=False)

    assert set(Story.objects.values_list("pk", flat=True)) == {fresh_waiting.pk, old_published.pk}
    old_published.refresh_from_db()
    assert old_published.contact == "" and old_published.status == Story.Status.GEPUBLICEERD
    assert not Story.objects.filter(pk__in=[old_waiting.pk, old_withdrawn.pk]).exists()


def test_kloof_page_takes_the_same_queries_with_one_or_many_stories(client, kloof):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    StoryFactory(published=True).kloven.add(kloof)
    with CaptureQueriesContext(connection) as one:
        client.get(kloof.get_absolute_url())
    for _ in range(10):
        StoryFactory(published=True).kloven.add(kloof)
    caches["template_fragments"].clear()  # the page from nothing again, the kloof's row included
    with CaptureQueriesContext(connection) as many:
        html = client.get(kloof.get_absolute_url()).content.decode()
    assert len(many) == len(one)
    assert html.count('class="story card"') == 11


def test_services_publish_only_what_is_not_yet_published():
    StoryFactory(published=True)
    StoryFactory()
    assert services.publish(stories=Story.objects.all(), notify=False) == 1


def test_with_the_page_cache_on_a_published_or_removed_story_shows_at_once(client, kloof, settings):
    settings.PAGE_CACHE_SECONDS = 300
    story = StoryFactory(text="Mijn verhaal voor de gecachte pagina.")
    story.kloven.add(kloof)
    assert "gecachte pagina" not in client.get(kloof.get_absolute_url()).content.decode()
    assert client.get(kloof.get_absolute_url())["X-Page-Cache"] == "hit"

    services.publish(stories=Story.objects.filter(pk=story.pk), notify=False)
    assert "gecachte pagina" in client.get(kloof.get_absolute_url()).content.decode()

    client.post(reverse("verhalen:story-remove", kwargs={"token": make_remove_token(story)}))
    assert "gecachte pagina" not in client.get(kloof.get_absolute_url()).content.decode()
