"""One path per decision: the change form's buttons and the list actions publish or refuse a story through
the same service, with the same mail to the writer; the secretariat previews a story as visitors will see it."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from alliantie.tests.factories import UserFactory
from portal.caching import pages
from verhalen.models import Story

from .factories import StoryFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/verhalen/story/"


def change_url(story):
    return reverse("admin:verhalen_story_change", args=[story.pk])


def press(client, story, button, **changes):
    """The change form as the secretary sends it: the story as loaded, "Stuur bericht" ticked, one button."""
    data = {
        "title": story.title,
        "text": story.text,
        "naming": story.naming,
        "name": story.name,
        "contact": story.contact,
        "loaded_version": story.version,
        "send_message": "on",
        button: "1",
        **changes,
    }
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(change_url(story), data, follow=True)


def stuur_bericht(page):
    """The "Stuur bericht" checkbox as the browser gets it."""
    return re.search(r'<input[^>]*name="send_message"[^>]*>', page).group()


@pytest.fixture
def waiting():
    return StoryFactory(title="De twintigste van de maand", contact="schrijver@example.org")


@pytest.mark.parametrize("path", ["action", "form"])
def test_publishing_mails_the_writer_the_same_way_whichever_path(
    client, secretariaat_user, waiting, mail_delivered, path
):
    client.force_login(secretariaat_user)
    with mail_delivered():
        if path == "action":
            client.post(CHANGELIST, {"action": "publish", "_selected_action": [waiting.pk]})
        else:
            press(client, waiting, "_publish")
    link = f"/verhalen/{waiting.pk}/"
    assert [(m.to, m.subject, link in m.body) for m in mail.outbox] == [
        (["schrijver@example.org"], "Uw verhaal staat op de website", True)
    ]


@pytest.mark.parametrize("path", ["action", "form"])
def test_refusing_mails_the_writer_the_same_way_whichever_path(
    client, secretariaat_user, waiting, mail_delivered, path
):
    client.force_login(secretariaat_user)
    with mail_delivered():
        if path == "action":
            client.post(CHANGELIST, {"action": "withdraw", "_selected_action": [waiting.pk]})
        else:
            press(client, waiting, "_withdraw")
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["schrijver@example.org"], "Uw verhaal komt niet op de website")
    ]


def test_taking_a_published_story_off_the_website_tells_the_writer(client, secretariaat_user, mail_delivered):
    story = StoryFactory(published=True, contact="schrijver@example.org")
    client.force_login(secretariaat_user)
    with mail_delivered():
        press(client, story, "_withdraw")
    assert [m.subject for m in mail.outbox] == ["Uw verhaal staat niet meer op de website"]


def test_publishing_in_the_form_puts_the_story_on_the_website(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    press(client, waiting, "_publish")
    assert client.get(waiting.get_absolute_url()).status_code == 200


def test_publishing_in_the_form_also_saves_the_edited_title(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    press(client, waiting, "_publish", title="Altijd op voor de twintigste")
    assert "Altijd op voor de twintigste" in client.get(waiting.get_absolute_url()).content.decode()


def test_without_stuur_bericht_the_story_is_published_without_mail(client, secretariaat_user, waiting, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = press(client, waiting, "_publish", send_message=None)
    assert (len(mail.outbox), "Er is geen e-mail gestuurd." in response.content.decode()) == (0, True)


def test_saving_without_a_button_decides_nothing(client, secretariaat_user, waiting, mail_delivered):
    client.force_login(secretariaat_user)
    with mail_delivered():
        press(client, waiting, "_save", title="Alleen een nieuwe titel")
    waiting.refresh_from_db()
    assert (waiting.status, len(mail.outbox)) == (Story.Status.INGEDIEND, 0)


def test_the_form_shows_stuur_bericht_ticked_for_a_writer_with_an_e_mail_address(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    page = client.get(change_url(waiting)).content.decode()
    assert "checked" in stuur_bericht(page)


def test_the_form_says_why_a_writer_with_only_a_phone_number_gets_no_message(client, secretariaat_user):
    story = StoryFactory(contact="06-12345678")
    client.force_login(secretariaat_user)
    page = client.get(change_url(story)).content.decode()
    assert "De schrijver gaf geen e-mailadres. Daarom krijgt de schrijver geen bericht over uw besluit." in page


def test_the_stuur_bericht_box_cannot_be_ticked_without_an_e_mail_address(client, secretariaat_user):
    story = StoryFactory(contact="")
    client.force_login(secretariaat_user)
    page = client.get(change_url(story)).content.decode()
    assert "disabled" in stuur_bericht(page)


def test_a_writer_with_only_a_phone_number_gets_no_mail_even_if_the_box_is_sent_ticked(
    client, secretariaat_user, mail_delivered
):
    story = StoryFactory(contact="06-12345678")
    client.force_login(secretariaat_user)
    with mail_delivered():
        press(client, story, "_publish")
    assert len(mail.outbox) == 0


def test_the_list_action_mails_no_one_for_a_writer_without_an_e_mail_address(client, secretariaat_user, mail_delivered):
    story = StoryFactory(contact="06-12345678")
    client.force_login(secretariaat_user)
    with mail_delivered():
        client.post(CHANGELIST, {"action": "publish", "_selected_action": [story.pk]})
    assert len(mail.outbox) == 0


def test_a_waiting_story_offers_publiceren_and_afwijzen(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    page = client.get(change_url(waiting)).content.decode()
    assert ('name="_publish" value="Publiceren"' in page, 'name="_withdraw" value="Afwijzen"' in page) == (True, True)


def test_a_published_story_offers_van_de_website_halen(client, secretariaat_user):
    story = StoryFactory(published=True)
    client.force_login(secretariaat_user)
    page = client.get(change_url(story)).content.decode()
    assert ('name="_publish"' in page, 'value="Van de website halen"' in page) == (False, True)


def test_a_form_opened_before_a_decision_in_the_list_does_not_save_over_it(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    stale = Story.objects.get(pk=waiting.pk)
    client.post(CHANGELIST, {"action": "withdraw", "_selected_action": [waiting.pk]})
    press(client, stale, "_publish", send_message=None)
    waiting.refresh_from_db()
    assert waiting.status == Story.Status.INGETROKKEN


# The preview.


def test_the_change_form_links_to_the_preview(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    page = client.get(change_url(waiting)).content.decode()
    assert f'href="{reverse("verhalen:story-preview", args=[waiting.pk])}">Bekijk zoals bezoekers het zien' in page


def test_the_secretariat_previews_a_waiting_story_as_visitors_will_see_it(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    page = client.get(reverse("verhalen:story-preview", args=[waiting.pk])).content.decode()
    assert ("De twintigste van de maand" in page, "Bezoekers zien dit verhaal nog niet." in page) == (True, True)


def test_the_preview_is_kept_out_of_search_engines(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    page = client.get(reverse("verhalen:story-preview", args=[waiting.pk])).content.decode()
    assert '<meta name="robots" content="noindex">' in page


def test_the_preview_sends_anonymous_visitors_to_the_login_page(client, waiting):
    response = client.get(reverse("verhalen:story-preview", args=[waiting.pk]))
    assert (response.status_code, "/login" in response["Location"]) == (302, True)


def test_the_preview_is_refused_to_a_member(client, waiting):
    client.force_login(UserFactory())
    assert client.get(reverse("verhalen:story-preview", args=[waiting.pk])).status_code == 403


def test_the_preview_is_refused_to_an_account_with_the_secretariats_group_but_not_staff(
    client, secretariaat_user, waiting
):
    member = UserFactory()
    member.groups.set(secretariaat_user.groups.all())
    client.force_login(member)
    assert client.get(reverse("verhalen:story-preview", args=[waiting.pk])).status_code == 403


def test_the_preview_is_never_kept_by_a_cache(client, secretariaat_user, waiting):
    client.force_login(secretariaat_user)
    response = client.get(reverse("verhalen:story-preview", args=[waiting.pk]))
    assert (pages.rule(response.request["PATH_INFO"]), "no-store" in response["Cache-Control"]) == (None, True)
