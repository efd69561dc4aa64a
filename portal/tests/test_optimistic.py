"""No lost edits: a save based on an older version is refused, and shows what is stored now."""

import pytest

from nieuwsbrief.models import Edition, EditionItem
from nieuwsbrief.tests.factories import EditionFactory
from portal.optimistic import STALE
from verhalen.models import Story
from verhalen.tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def edition_form(edition, *, title, loaded_version, items=()):
    data = {
        "number": edition.number,
        "title": title,
        "date": edition.date.strftime("%d-%m-%Y"),
        "introduction": edition.introduction,
        "loaded_version": loaded_version,
        "items-TOTAL_FORMS": len(items),
        "items-INITIAL_FORMS": len(items),
        "items-MIN_NUM_FORMS": 0,
        "items-MAX_NUM_FORMS": 1000,
    }
    for index, (item, text, version) in enumerate(items):
        data |= {
            f"items-{index}-id": item.pk,
            f"items-{index}-edition": edition.pk,
            f"items-{index}-position": item.position,
            f"items-{index}-title": item.title,
            f"items-{index}-text": text,
            f"items-{index}-url": "",
            f"items-{index}-loaded_version": version,
        }
    return data


def save(client, edition, **form):
    return client.post(f"/admin/nieuwsbrief/edition/{edition.pk}/change/", edition_form(edition, **form))


def others_saved_first(client, edition):
    loaded = edition.version
    assert save(client, edition, title="Kims titel", loaded_version=loaded).status_code == 302
    return loaded


def test_a_fresh_save_of_an_edition_works(client, secretariaat_user):
    edition = EditionFactory()
    client.force_login(secretariaat_user)
    save(client, edition, title="Nieuwe titel", loaded_version=edition.version)
    assert Edition.objects.get(pk=edition.pk).title == "Nieuwe titel"


def test_a_stale_save_of_an_edition_keeps_the_other_persons_title(client, secretariaat_user):
    edition = EditionFactory()
    client.force_login(secretariaat_user)
    loaded = others_saved_first(client, edition)
    save(client, edition, title="Sams titel", loaded_version=loaded)
    assert Edition.objects.get(pk=edition.pk).title == "Kims titel"


def test_a_stale_save_shows_both_versions(client, secretariaat_user):
    edition = EditionFactory()
    client.force_login(secretariaat_user)
    loaded = others_saved_first(client, edition)
    page = save(client, edition, title="Sams titel", loaded_version=loaded).content.decode()
    assert STALE in page and "nu opgeslagen “Kims titel”; uw versie “Sams titel”" in page


def test_saving_again_after_the_warning_works(client, secretariaat_user):
    edition = EditionFactory()
    client.force_login(secretariaat_user)
    others_saved_first(client, edition)
    save(client, edition, title="Sams titel", loaded_version=Edition.objects.get(pk=edition.pk).version)
    assert Edition.objects.get(pk=edition.pk).title == "Sams titel"


def test_a_stale_save_of_an_item_keeps_the_other_persons_text(client, secretariaat_user):
    edition = EditionFactory()
    item = EditionItem.objects.create(edition=edition, position=1, title="Agenda", text="Tekst van Kim")
    client.force_login(secretariaat_user)
    item.text = "Tekst van Kim, verbeterd"
    item.save()
    save(client, edition, title=edition.title, loaded_version=edition.version, items=[(item, "Tekst van Sam", 1)])
    assert EditionItem.objects.get(pk=item.pk).text == "Tekst van Kim, verbeterd"


def test_a_stale_save_of_a_story_is_refused(client, secretariaat_user):
    story = StoryFactory(title="Van Kim")
    loaded = story.version
    story.title = "Kim verbeterde"
    story.save()
    client.force_login(secretariaat_user)
    data = {
        "title": "Van Sam",
        "text": story.text,
        "naming": story.naming,
        "name": "",
        "contact": "",
        "loaded_version": loaded,
    }
    client.post(f"/admin/verhalen/story/{story.pk}/change/", data)
    assert Story.objects.get(pk=story.pk).title == "Kim verbeterde"
