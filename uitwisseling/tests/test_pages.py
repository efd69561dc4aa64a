"""The public pages: a topic with every coöperatie's answer, the profile's own answers, a page per province."""

import pytest
from django.core.cache import caches
from django.urls import reverse

from cooperaties.tests.factories import CooperatieFactory
from uitwisseling.models import Answer, Question

from .factories import AnswerFactory

pytestmark = pytest.mark.django_db
PUBLISHED = Answer.Status.GEPUBLICEERD


def forget_pages():
    """Nothing kept: the page is worked out anew."""
    for store in ("pages", "local", "template_fragments"):
        caches[store].clear()


def many_answers(count, province="limburg"):
    questions = list(Question.objects.all())
    cooperaties = CooperatieFactory.create_batch(count // len(questions) + 1, province=province)
    Answer.objects.bulk_create(
        Answer(cooperatie=cooperatie, question=question, text="Zo doen wij het.", status=PUBLISHED)
        for cooperatie in cooperaties
        for question in questions
    )


def test_the_profile_shows_the_cooperaties_published_answers_only(client, cooperatie, questions):
    AnswerFactory(cooperatie=cooperatie, question=questions[0], text="Gestart in een buurthuis.", status=PUBLISHED)
    AnswerFactory(cooperatie=cooperatie, question=questions[1], text="Nog niet besloten.")
    page = client.get(cooperatie.get_absolute_url()).content.decode()
    assert "Gestart in een buurthuis." in page and "Nog niet besloten." not in page


def test_a_question_without_answers_invites_an_answer(client, seeded, questions):
    page = client.get(questions[0].topic.get_absolute_url()).content.decode()
    assert "Nog geen coöperatie heeft deze vraag beantwoord" in page


def test_the_topic_page_asks_the_same_number_of_queries_with_1000_answers(
    client, seeded, questions, django_assert_num_queries
):
    url = questions[0].topic.get_absolute_url()
    AnswerFactory(question=questions[0], status=PUBLISHED)
    client.get(url)  # this worker reads the content versions once
    forget_pages()
    # The topic, its questions, their published answers with their coöperaties, the other topics.
    with django_assert_num_queries(4):
        client.get(url)
    many_answers(1000)
    forget_pages()
    with django_assert_num_queries(4):
        response = client.get(url)
    assert response.content.decode().count('class="card"') > 100


def test_the_province_page_asks_the_same_number_of_queries_with_1000_answers(client, seeded, django_assert_num_queries):
    url = reverse("uitwisseling:province", args=["limburg"])
    client.get(url)
    forget_pages()
    # The page's own four, and one for the questions and offers the vraagaanbod app adds
    # (uitwisseling/province_sections.py).
    with django_assert_num_queries(5):
        client.get(url)
    many_answers(1000)
    forget_pages()
    with django_assert_num_queries(5):
        assert client.get(url).status_code == 200


def test_a_province_page_lists_only_that_provinces_cooperaties(client, seeded):
    CooperatieFactory(name="Maaskracht", province="limburg")
    CooperatieFactory(name="Domstadkracht", province="utrecht")
    page = client.get(reverse("uitwisseling:province", args=["limburg"])).content.decode()
    assert "Maaskracht" in page and "Domstadkracht" not in page


def test_the_limburg_page_quotes_the_regional_project_with_its_source(client, seeded):
    page = client.get(reverse("uitwisseling:province", args=["limburg"])).content.decode()
    assert "het eerste project rond ‘collectieve redzaamheid’ gestart" in page and "oktober 2017" in page


def test_landelijk_is_no_province_page(client, seeded):
    assert client.get("/uitwisseling/provincies/landelijk/").status_code == 404


def test_each_province_page_is_linked_from_the_province_overview(client, seeded):
    page = client.get(reverse("cooperaties:province-overview")).content.decode()
    assert page.count("/uitwisseling/provincies/") == 12


def test_the_limburg_page_shows_the_alliantiedagen_held_in_roermond(client, seeded):
    page = client.get(reverse("uitwisseling:province", args=["limburg"])).content.decode()
    assert "Alliantiedag Roermond" in page
