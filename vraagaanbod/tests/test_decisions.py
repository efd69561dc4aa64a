"""One path per decision: the change form's buttons and the list actions publish or refuse through the same
service, with the same mail to the coöperatie's contact address."""

import pytest
from django.core import mail
from django.urls import reverse

from vraagaanbod.models import Posting

from .factories import PostingFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/vraagaanbod/posting/"


def press(client, posting, button, **changes):
    data = {
        "cooperatie": posting.cooperatie_id,
        "kind": posting.kind,
        "title": posting.title,
        "text": posting.text,
        "theme": posting.theme_id,
        "province": posting.province,
        "ends_on": posting.ends_on.isoformat(),
        "send_message": "on",
        button: "1",
        **changes,
    }
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(reverse("admin:vraagaanbod_posting_change", args=[posting.pk]), data, follow=True)


@pytest.mark.parametrize("path", ["action", "form"])
def test_publishing_shows_the_posting_on_the_list(client, secretariaat_user, today, path):
    posting = PostingFactory(title="Wie deelt een bakfiets?")
    client.force_login(secretariaat_user)
    if path == "action":
        client.post(CHANGELIST, {"action": "publish", "_selected_action": [posting.pk]})
    else:
        press(client, posting, "_publish")
    client.logout()
    assert "Wie deelt een bakfiets?" in client.get("/vraag-en-aanbod/").content.decode()


@pytest.mark.parametrize("path", ["action", "form"])
def test_publishing_mails_the_cooperatie(client, secretariaat_user, today, mail_delivered, path):
    posting = PostingFactory()
    client.force_login(secretariaat_user)
    with mail_delivered():
        if path == "action":
            client.post(CHANGELIST, {"action": "publish", "_selected_action": [posting.pk]})
        else:
            press(client, posting, "_publish")
    assert [(m.to, posting.get_absolute_url() in m.body) for m in mail.outbox] == [(["bestuur@example.org"], True)]


@pytest.mark.parametrize("path", ["action", "form"])
def test_refusing_mails_the_cooperatie(client, secretariaat_user, today, mail_delivered, path):
    posting = PostingFactory(title="Wie deelt een bakfiets?")
    client.force_login(secretariaat_user)
    with mail_delivered():
        if path == "action":
            client.post(CHANGELIST, {"action": "refuse", "_selected_action": [posting.pk]})
        else:
            press(client, posting, "_refuse")
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["bestuur@example.org"], "Uw bericht staat niet op de website: Wie deelt een bakfiets?")
    ]


def test_a_refused_posting_stays_off_the_website(client, secretariaat_user, today):
    posting = PostingFactory()
    client.force_login(secretariaat_user)
    press(client, posting, "_refuse")
    client.logout()
    assert client.get(posting.get_absolute_url()).status_code == 404


def test_without_stuur_bericht_nothing_is_mailed(client, secretariaat_user, today, mail_delivered):
    posting = PostingFactory()
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = press(client, posting, "_publish", send_message=None)
    assert (len(mail.outbox), "Er is geen e-mail gestuurd." in response.content.decode()) == (0, True)


def test_saving_without_a_button_decides_nothing(client, secretariaat_user, today):
    posting = PostingFactory()
    client.force_login(secretariaat_user)
    press(client, posting, "_save", title="Een betere titel")
    posting.refresh_from_db()
    assert (posting.title, posting.status) == ("Een betere titel", Posting.Status.INGEDIEND)


def test_the_start_page_counts_the_waiting_postings(client, secretariaat_user):
    PostingFactory.create_batch(2)
    PostingFactory(published=True)
    client.force_login(secretariaat_user)
    page = client.get("/admin/").content.decode()
    assert "Vragen en aanbod van coöperaties" in page and "vraagaanbod/posting/?status__exact=ingediend" in page
