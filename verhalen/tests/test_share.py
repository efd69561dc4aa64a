"""'Deel uw verhaal': the form, bad input, spam and the rate limit."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from manifest.tests.factories import KloofFactory
from verhalen.consent import CONSENT_TEXT
from verhalen.models import Story
from verhalen.services import STORIES_PER_HOUR

pytestmark = pytest.mark.django_db
SHARE = reverse("verhalen:story-share")


@pytest.fixture
def kloof():
    return KloofFactory(name="Inkomenskloof", slug="inkomenskloof")


def data(kloof=None, **overrides):
    values = {
        "text": "Ik werk, maar aan het eind van de maand is er geen geld meer voor eten.",
        "kloven": [kloof.pk] if kloof else [],
        "naming": "anoniem",
        "name": "",
        "contact": "",
        "consent": "on",
        "fax": "",
    }
    values.update(overrides)
    return values


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_a_story_is_saved_with_the_exact_consent_text_and_waits_for_the_secretariat(
    client, kloof, mailoutbox, mail_delivered
):
    with mail_delivered():
        response = client.post(SHARE, data(kloof, naming="voornaam", name="Anna de Vries", contact="anna@example.org"))

    assert response.status_code == 302
    story = Story.objects.get()
    assert story.status == Story.Status.INGEDIEND
    assert story.consent_text == str(CONSENT_TEXT)
    assert story.consented_at is not None
    assert list(story.kloven.all()) == [kloof]
    assert story.display_name == "Anna"
    # The secretariat is told; the writer gets the private removal link.
    assert sorted(mail.to[0] for mail in mailoutbox) == ["anna@example.org", "secretariaat@example.org"]
    to_writer = next(mail for mail in mailoutbox if mail.to == ["anna@example.org"])
    assert "/verhalen/weghalen/" in to_writer.body
    # Not on the website yet.
    assert story.text not in client.get(reverse("verhalen:story-list")).content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_thanks_page_shows_the_removal_link_also_without_email(client, kloof, mailoutbox, mail_delivered):
    with mail_delivered():
        response = client.post(SHARE, data(kloof), follow=True)
    assert "/verhalen/weghalen/" in response.content.decode()
    assert "no-store" in response["Cache-Control"]  # the removal link is private: nobody may keep a copy
    # Only the secretariat is mailed: the writer gave no address.
    assert len(mailoutbox) == 1


def test_a_writer_without_email_can_have_the_removal_link_mailed_from_the_thanks_page(
    client, kloof, mailoutbox, mail_delivered
):
    client.post(SHARE, data(kloof))
    page = client.get(reverse("verhalen:story-thanks")).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    with mail_delivered():
        response = client.post(reverse("verhalen:story-thanks"), {"email": "schrijver@example.org", "token": token})
    assert response.status_code == 302
    to_writer = next(mail for mail in mailoutbox if mail.to == ["schrijver@example.org"])
    assert f"/verhalen/weghalen/{token}/" in to_writer.body


def test_a_forged_link_is_never_mailed(client, mailoutbox, mail_delivered):
    with mail_delivered():
        response = client.post(reverse("verhalen:story-thanks"), {"email": "iemand@example.org", "token": "1:vals"})
    assert (response.status_code, mailoutbox) == (404, [])


def test_a_story_of_20000_characters_gets_a_clear_field_error_and_keeps_nothing(client):
    response = client.post(SHARE, data(text="a" * 20_000))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "Uw verhaal is te lang: het mag hoogstens 5.000 tekens hebben. U schreef er 20000." in html
    assert not Story.objects.exists()


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_story_gets_a_field_error(client, text):
    response = client.post(SHARE, data(text=text))
    assert "Schrijf uw verhaal in het vak." in response.content.decode()
    assert not Story.objects.exists()


def test_without_consent_nothing_is_saved(client):
    response = client.post(SHARE, data(consent=""))
    assert "Zet een vinkje als u toestemming geeft." in response.content.decode()
    assert not Story.objects.exists()


def test_a_name_is_needed_to_be_named(client):
    response = client.post(SHARE, data(naming="naam", name=""))
    assert "Vul uw naam in, of kies ‘Zonder naam (anoniem)’." in response.content.decode()
    assert not Story.objects.exists()


def test_an_anonymous_story_keeps_no_name_even_if_one_was_typed(client):
    client.post(SHARE, data(naming="anoniem", name="Piet Jansen"))
    story = Story.objects.get()
    assert story.name == ""
    assert str(story.display_name) == "Anoniem"


def test_markup_and_links_are_shown_as_text_never_as_html(client, kloof):
    from verhalen import services

    text = '<script>alert("x")</script> <a href="https://spam.example">koop nu</a> <b>vet</b>'
    client.post(SHARE, data(kloof, text=text))
    story = Story.objects.get()
    assert story.text == text
    services.publish(stories=Story.objects.all(), notify=False)

    for url in (story.get_absolute_url(), reverse("verhalen:story-list"), kloof.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "&lt;script&gt;" in html, url
        assert '<script>alert("x")' not in html
        assert '<a href="https://spam.example"' not in html


def test_honeypot_filled_in_saves_nothing_but_looks_the_same(client, mailoutbox):
    response = client.post(SHARE, data(fax="spam"))
    assert response.status_code == 302
    assert response["Location"] == reverse("verhalen:story-thanks")
    assert not Story.objects.exists()
    assert mailoutbox == []


def test_many_stories_from_one_address_are_refused_and_what_was_typed_stays(client):
    for i in range(STORIES_PER_HOUR):
        assert client.post(SHARE, data(text=f"Verhaal {i}"), REMOTE_ADDR="203.0.113.9").status_code == 302

    response = client.post(SHARE, data(text="Mijn zesde verhaal, dat ik niet kwijt wil."), REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 429
    html = response.content.decode()
    assert "Er zijn vanaf uw adres al veel verhalen gestuurd." in html
    assert "Mijn zesde verhaal, dat ik niet kwijt wil." in html
    assert Story.objects.count() == STORIES_PER_HOUR
    assert client.post(SHARE, data(text="Ander adres"), REMOTE_ADDR="203.0.113.10").status_code == 302


def test_share_link_on_a_kloof_page_ticks_that_kloof(client, kloof):
    html = client.get(SHARE, {"kloof": "inkomenskloof"}).content.decode()
    assert f'value="{kloof.pk}"' in html
    assert "checked" in html.split(f'value="{kloof.pk}"')[1].split(">")[0]


def test_an_empty_story_list_invites_to_share_one(client):
    page = client.get(reverse("verhalen:story-list")).content.decode()
    assert "U mag dat anoniem doen" in page
