"""A coöperatie answers through its signed link; the answer waits for the secretariat and shows once published."""

import pytest
from django.test import override_settings
from django.urls import reverse

from cooperaties import profile_links
from cooperaties.tests.factories import CooperatieFactory
from uitwisseling import services
from uitwisseling.forms import AnswersForm
from uitwisseling.models import Answer

pytestmark = pytest.mark.django_db


def answer_path(cooperatie, *, token=None, purpose=profile_links.EXPERIENCES):
    token = token or profile_links.make_token(cooperatie, purpose, days=14)
    return reverse("uitwisseling:answer", kwargs={"pk": cooperatie.pk, "token": token})


def topic_page(client, question):
    return client.get(question.topic.get_absolute_url()).content.decode()


def send(client, cooperatie, texts, **kwargs):
    data = {AnswersForm.field_name(question): text for question, text in texts.items()}
    return client.post(answer_path(cooperatie, **kwargs), data)


@override_settings(SECRETARIAAT_EMAIL="secretariaat@example.org")
def test_an_answer_through_a_valid_link_waits_and_shows_only_after_publishing(client, cooperatie, questions):
    response = send(client, cooperatie, {questions[0]: "Vijf buren begonnen met een moestuin."})
    assert response.status_code == 302
    assert "Vijf buren begonnen" not in topic_page(client, questions[0])

    services.publish_answer(answers=Answer.objects.filter(cooperatie=cooperatie))
    assert "Vijf buren begonnen" in topic_page(client, questions[0])


def test_a_forged_link_is_refused_and_saves_nothing(client, cooperatie, questions):
    response = send(client, cooperatie, {questions[0]: "Vals"}, token="niet-ondertekend")
    assert response.status_code == 400 and not Answer.objects.exists()


def test_another_cooperaties_link_is_refused(client, cooperatie, questions):
    other = CooperatieFactory(contact_address="ander@example.org")
    stolen = profile_links.make_token(other, profile_links.EXPERIENCES, days=14)
    response = send(client, cooperatie, {questions[0]: "Namens een ander"}, token=stolen)
    assert response.status_code == 400 and not Answer.objects.exists()


def test_an_edit_link_does_not_open_the_questions(client, cooperatie, questions):
    response = send(client, cooperatie, {questions[0]: "Met de verkeerde link"}, purpose=profile_links.EDIT)
    assert response.status_code == 400


def test_a_new_text_replaces_the_published_answer_and_waits_again(client, cooperatie, questions):
    send(client, cooperatie, {questions[0]: "Eerste versie."})
    services.publish_answer(answers=Answer.objects.all())
    send(client, cooperatie, {questions[0]: "Tweede versie."})
    answer = Answer.objects.get(cooperatie=cooperatie, question=questions[0])
    assert (answer.text, answer.is_waiting) == ("Tweede versie.", True)


def test_the_page_shows_every_question_of_the_five_topics(client, cooperatie):
    from uitwisseling.models import Question

    page = client.get(answer_path(cooperatie)).content.decode()
    assert page.count("<textarea") == Question.objects.count()
