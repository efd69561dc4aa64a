"""The secretariat's decisions: one path for the list actions and the change form, with the coöperatie's mail."""

import pytest
from django.urls import reverse

from uitwisseling import services
from uitwisseling.models import Answer

from .factories import AnswerFactory

pytestmark = pytest.mark.django_db


def test_refusing_mails_the_cooperatie(cooperatie, questions, mailoutbox, mail_delivered):
    answer = AnswerFactory(cooperatie=cooperatie, question=questions[0])
    with mail_delivered():
        services.refuse_answer(answers=Answer.objects.filter(pk=answer.pk))
    assert [mail.to for mail in mailoutbox] == [["bestuur@buurtkracht.example.org"]]
    assert "niet op de website" in mailoutbox[0].subject


def test_the_list_action_publishes_and_mails(
    client, secretariaat_user, cooperatie, questions, mailoutbox, mail_delivered
):
    answer = AnswerFactory(cooperatie=cooperatie, question=questions[0])
    client.force_login(secretariaat_user)
    with mail_delivered():
        client.post(
            reverse("admin:uitwisseling_answer_changelist"),
            {"action": "publish", "_selected_action": [answer.pk]},
        )
    answer.refresh_from_db()
    assert answer.is_published and len(mailoutbox) == 1


def test_the_change_form_decides_through_the_same_path_without_mail_when_unticked(
    client, secretariaat_user, cooperatie, questions, mailoutbox, mail_delivered
):
    answer = AnswerFactory(cooperatie=cooperatie, question=questions[0])
    client.force_login(secretariaat_user)
    with mail_delivered():
        response = client.post(
            reverse("admin:uitwisseling_answer_change", args=[answer.pk]),
            {
                "cooperatie": cooperatie.pk,
                "question": questions[0].pk,
                "text": answer.text,
                "status": Answer.Status.AFGEWEZEN,
            },
        )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == Answer.Status.AFGEWEZEN and answer.decided_at and not mailoutbox


def test_the_invitation_mails_the_link_to_the_contact_address(
    client, secretariaat_user, cooperatie, mailoutbox, mail_delivered
):
    client.force_login(secretariaat_user)
    with mail_delivered():
        client.post(reverse("admin:uitwisseling_answer_invite"), {"cooperaties": [cooperatie.pk]})
    assert mailoutbox[0].to == ["bestuur@buurtkracht.example.org"]
    assert f"/uitwisseling/antwoorden/{cooperatie.pk}/" in mailoutbox[0].body


def test_the_start_page_counts_the_waiting_answers(client, secretariaat_user, cooperatie, questions):
    AnswerFactory(cooperatie=cooperatie, question=questions[0])
    client.force_login(secretariaat_user)
    page = client.get(reverse("admin:index")).content.decode()
    assert "Antwoorden van coöperaties in de uitwisseling" in page
