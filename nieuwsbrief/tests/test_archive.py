import pytest
from django.urls import reverse

from .factories import EditionFactory, EditionItemFactory

pytestmark = pytest.mark.django_db


def test_archive_lists_published_editions_only_in_fixed_queries(client, django_assert_num_queries):
    for number in range(1, 6):
        EditionFactory(number=number, title=f"Nummer {number}")
    EditionFactory(number=6, title="Nog niet klaar", published=False)
    with django_assert_num_queries(2):  # count for pagination + the page
        response = client.get(reverse("nieuwsbrief:archive"))
    content = response.content.decode()
    assert "Nummer 5" in content and "Nummer 1" in content
    assert "Nog niet klaar" not in content
    assert content.index("Nummer 5") < content.index("Nummer 1")


def test_edition_page_shows_items_without_a_query_per_item(client, django_assert_num_queries):
    edition = EditionFactory(number=3, title="Derde nummer")
    for n in range(10):
        EditionItemFactory(edition=edition, title=f"Item {n}")
    with django_assert_num_queries(2):
        response = client.get(reverse("nieuwsbrief:edition-detail", args=[3]))
    content = response.content.decode()
    assert "Derde nummer" in content
    assert content.index("Item 0") < content.index("Item 9")


def test_unpublished_edition_is_404(client):
    EditionFactory(number=4, published=False)
    assert client.get(reverse("nieuwsbrief:edition-detail", args=[4])).status_code == 404


def test_bad_page_number_is_404_not_500(client):
    EditionFactory(number=1)
    assert client.get(reverse("nieuwsbrief:archive") + "?page=abc").status_code == 404
    assert client.get(reverse("nieuwsbrief:archive") + "?page=99").status_code == 404


def test_names_used_by_the_layout():
    assert reverse("nieuwsbrief:subscribe") == "/nieuwsbrief/aanmelden/"
    assert reverse("nieuwsbrief:archive") == "/nieuwsbrief/"
    assert reverse("nieuwsbrief:my-subscription") == "/nieuwsbrief/mijn-abonnement/"


def test_an_empty_archive_invites_to_sign_up(client):
    page = client.get(reverse("nieuwsbrief:archive")).content.decode()
    assert f'<a href="{reverse("nieuwsbrief:subscribe")}">Meld u aan, dan krijgt u het als eerste' in page
