"""The public list with its choices, the page per posting, and the part on the coöperatie's profile."""

import datetime

import pytest

from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory, ThemeFactory
from vraagaanbod.models import Posting

from .factories import TODAY, PostingFactory

pytestmark = pytest.mark.django_db
LIST = "/vraag-en-aanbod/"


def shown(client, path=LIST):
    return client.get(path).content.decode()


def test_a_posting_that_ended_yesterday_leaves_the_list(client, today):
    PostingFactory(published=True, title="Gisteren geëindigd", ends_on=TODAY - datetime.timedelta(days=1))
    PostingFactory(published=True, title="Vandaag de laatste dag", ends_on=TODAY)
    page = shown(client)
    assert ("Gisteren geëindigd" in page, "Vandaag de laatste dag" in page) == (False, True)


def test_the_list_chooses_questions_or_offers(client, today):
    PostingFactory(published=True, title="Een vraag", kind=Posting.Kind.VRAAG)
    PostingFactory(published=True, title="Een aanbod", kind=Posting.Kind.AANBOD)
    page = shown(client, f"{LIST}?soort=aanbod")
    assert ("Een vraag" in page, "Een aanbod" in page) == (False, True)


def test_the_list_chooses_a_topic(client, today):
    PostingFactory(published=True, title="Over wonen", theme=ThemeFactory(slug="wonen"))
    PostingFactory(published=True, title="Over werk", theme=ThemeFactory(slug="werk"))
    page = shown(client, f"{LIST}?onderwerp=wonen")
    assert ("Over wonen" in page, "Over werk" in page) == (True, False)


def test_a_province_shows_its_own_postings_and_those_for_the_whole_country(client, today):
    PostingFactory(published=True, title="In Utrecht", province="utrecht")
    PostingFactory(published=True, title="In Zeeland", province="zeeland")
    PostingFactory(published=True, title="Heel Nederland", province="")
    page = shown(client, f"{LIST}?provincie=utrecht")
    assert [title in page for title in ("In Utrecht", "In Zeeland", "Heel Nederland")] == [True, False, True]


def test_an_unknown_choice_is_ignored(client, today):
    PostingFactory(published=True, title="Een vraag")
    assert "Een vraag" in shown(client, f"{LIST}?soort=alles&onderwerp=bestaat-niet")


def test_an_empty_list_invites_cooperaties_to_post(client, today):
    assert "Vraag het secretariaat om een link" in shown(client)


def test_a_posting_of_an_archived_cooperatie_leaves_the_list(client, today):
    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEARCHIVEERD)
    PostingFactory(published=True, title="Van een gearchiveerde", cooperatie=cooperatie)
    assert "Van een gearchiveerde" not in shown(client)


def test_the_posting_page_links_to_the_cooperatie_and_its_message_form(client, today):
    posting = PostingFactory(published=True)
    page = shown(client, posting.get_absolute_url())
    profile = posting.cooperatie.get_absolute_url()
    form = f"{profile}bericht/?onderwerp=Reactie+op%3A+"
    assert (f'href="{profile}"' in page, f'href="{form}' in page) == (True, True)


def test_the_posting_page_shows_no_email_address(client, today):
    posting = PostingFactory(published=True, cooperatie=CooperatieFactory(contact_address="geheim@example.org"))
    assert "geheim@example.org" not in shown(client, posting.get_absolute_url())


def test_the_profile_shows_the_cooperaties_current_postings(client, today):
    posting = PostingFactory(published=True, title="Wie deelt een bakfiets?")
    PostingFactory(published=True, title="Al voorbij", cooperatie=posting.cooperatie, ends_on=TODAY.replace(day=1))
    page = shown(client, posting.cooperatie.get_absolute_url())
    assert ("Wie deelt een bakfiets?" in page, "Al voorbij" in page) == (True, False)


def test_the_list_links_its_atom_feed(client, today):
    assert 'type="application/atom+xml" href="/vraag-en-aanbod/onderwerp/wonen/feed/"' in shown(
        client, f"{LIST}?onderwerp={ThemeFactory(slug='wonen').slug}"
    )


def make_postings(count):
    theme = ThemeFactory()
    cooperaties = CooperatieFactory.create_batch(5)
    Posting.objects.bulk_create(
        Posting(
            cooperatie=cooperaties[n % 5],
            kind=Posting.Kind.VRAAG,
            title=f"Vraag {n}",
            text="Tekst",
            theme=theme,
            ends_on=TODAY,
            status=Posting.Status.GEPUBLICEERD,
            decided_at=datetime.datetime(2031, 3, 1, tzinfo=datetime.UTC),
        )
        for n in range(count)
    )


def test_the_list_costs_a_fixed_number_of_queries_for_a_thousand_postings(client, today, django_assert_num_queries):
    make_postings(1000)
    client.get(LIST)  # this worker reads the content versions once
    # The topics of the choices, the count, the page (with coöperatie and topic joined).
    with django_assert_num_queries(3):
        response = client.get(LIST, {"soort": "vraag"})
    assert response.content.decode().count('class="card posting"') == 20


def test_a_province_page_of_the_exchange_shows_its_questions_and_offers_and_the_national_ones(client, today):
    PostingFactory(published=True, title="Gereedschap te leen in Roermond", province="limburg")
    PostingFactory(published=True, title="Voor heel Nederland", province="")
    PostingFactory(published=True, title="Alleen in Utrecht", province="utrecht")
    page = shown(client, "/uitwisseling/provincies/limburg/")
    titles = ("Gereedschap te leen in Roermond", "Voor heel Nederland", "Alleen in Utrecht")
    assert [title in page for title in titles] == [True, True, False]
