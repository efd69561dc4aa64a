"""A coöperatie posts through its own signed link; the post waits for the secretariat."""

import pytest
from django.core import mail
from django.urls import reverse

from cooperaties import profile_links
from cooperaties.tests.factories import CooperatieFactory, ThemeFactory
from vraagaanbod.models import Posting

pytestmark = pytest.mark.django_db


def form_data(theme, **changes):
    return {
        "kind": "vraag",
        "title": "Wie weet hoe een voedselcoöperatie begint?",
        "text": "Wij zoeken coöperaties die dat al deden.",
        "theme": theme.pk,
        "province": "utrecht",
        "ends_on": "30-04-2031",
        **changes,
    }


def link_path(cooperatie, purpose=profile_links.POST):
    token = profile_links.make_token(cooperatie, purpose, days=30)
    return reverse("vraagaanbod:posting-create", kwargs={"pk": cooperatie.pk, "token": token})


@pytest.fixture
def cooperatie():
    return CooperatieFactory(contact_address="bestuur@example.org")


def test_a_posting_through_a_valid_link_waits_for_the_secretariat(client, cooperatie, today):
    response = client.post(link_path(cooperatie), form_data(ThemeFactory()))
    assert (response.status_code, list(Posting.objects.values_list("status", "cooperatie"))) == (
        302,
        [(Posting.Status.INGEDIEND, cooperatie.pk)],
    )


def test_a_waiting_posting_is_not_on_the_list(client, cooperatie, today):
    client.post(link_path(cooperatie), form_data(ThemeFactory()))
    assert "voedselcoöperatie" not in client.get("/vraag-en-aanbod/").content.decode()


def test_the_secretariat_hears_of_a_new_posting(client, cooperatie, today, mail_delivered, settings):
    with mail_delivered():
        client.post(link_path(cooperatie), form_data(ThemeFactory()))
    assert [m.to for m in mail.outbox] == [[settings.SECRETARIAAT_EMAIL]]


def test_a_date_typed_the_dutch_way_is_read_as_day_month_year(client, cooperatie, today):
    client.post(link_path(cooperatie), form_data(ThemeFactory(), ends_on="05-04-2031"))
    assert Posting.objects.get().ends_on.isoformat() == "2031-04-05"


def test_an_end_date_more_than_a_year_ahead_is_refused(client, cooperatie, today):
    response = client.post(link_path(cooperatie), form_data(ThemeFactory(), ends_on="11-03-2032"))
    assert (response.status_code, Posting.objects.count()) == (200, 0)


def test_a_forged_link_is_refused(client, cooperatie, today):
    # One character more at the end of the token breaks its signature.
    response = client.post(link_path(cooperatie).rstrip("/") + "x/", form_data(ThemeFactory()))
    assert (response.status_code, Posting.objects.count()) == (400, 0)


def test_a_link_for_another_purpose_is_refused(client, cooperatie, today):
    response = client.post(link_path(cooperatie, profile_links.EDIT), form_data(ThemeFactory()))
    assert (response.status_code, Posting.objects.count()) == (400, 0)


def test_a_link_of_another_cooperatie_is_refused(client, cooperatie, today):
    other = CooperatieFactory(contact_address="ander@example.org")
    token = profile_links.make_token(other, profile_links.POST, days=30)
    path = reverse("vraagaanbod:posting-create", kwargs={"pk": cooperatie.pk, "token": token})
    assert client.get(path).status_code == 400


def test_the_secretariat_mails_the_link_to_chosen_cooperaties(client, secretariaat_user, cooperatie, mail_delivered):
    CooperatieFactory(contact_address="")  # no address: cannot be chosen
    client.force_login(secretariaat_user)
    with mail_delivered():
        client.post(reverse("admin:vraagaanbod_posting_send_links"), {"cooperaties": [cooperatie.pk]})
    link = f"/vraag-en-aanbod/plaatsen/{cooperatie.pk}/"
    assert [(m.to, link in m.body) for m in mail.outbox] == [(["bestuur@example.org"], True)]
