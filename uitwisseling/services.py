"""Writes with side effects: answers a coöperatie sends through its signed link, the secretariat's decisions
on them (the admin's list actions and its change form both come here), and the invitation to take part."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone

from cooperaties import profile_links
from portal.admin_tools import changelist_url
from portal.links import absolute_url
from portal.locking import locking_transaction
from portal.mail import send_templated

from .models import Answer

# The link in an invitation lives as long as the answer time of the yearly check: long enough to talk it over.
LINK_DAYS = settings.COOPERATIES_CHECK_ANSWER_DAYS


class NoContactAddress(Exception):
    """The secretariat has no contact address for this coöperatie."""


def _reply_to_secretariaat():
    return {"Reply-To": settings.SECRETARIAAT_EMAIL}


def answer_link(cooperatie):
    return profile_links.url(cooperatie, profile_links.EXPERIENCES, days=LINK_DAYS)


def invite(*, cooperatie):
    """Mail the coöperatie's contact address the link to its page of questions."""
    if not cooperatie.contact_address:
        raise NoContactAddress
    with locking_transaction():
        send_templated(
            template="uitwisseling/email/invitation",
            to=cooperatie.contact_address,
            headers=_reply_to_secretariaat(),
            context={"cooperatie": cooperatie, "answer_url": answer_link(cooperatie), "days": LINK_DAYS},
        )


def invite_many(*, cooperaties):
    """Invite each published coöperatie; returns (how many were mailed, names of those without an address)."""
    sent, missing = 0, []
    for cooperatie in cooperaties.published():
        try:
            invite(cooperatie=cooperatie)
            sent += 1
        except NoContactAddress:
            missing.append(cooperatie.name)
    return sent, missing


def submit_answers(*, cooperatie, texts):
    """Save the coöperatie's answers ({question: text}); each waits for the secretariat. A question it answered
    before keeps one answer: a new text replaces the old one and waits again. Returns the answers that changed."""
    changed = []
    with locking_transaction():
        live = {
            answer.question_id: answer
            for answer in Answer.objects.live().filter(cooperatie=cooperatie).select_for_update()
        }
        for question, text in texts.items():
            text = text.strip()
            answer = live.get(question.pk)
            if not text or (answer is not None and answer.text == text):
                continue
            if answer is None:
                answer = Answer.objects.create(question=question, cooperatie=cooperatie, text=text)
            else:
                answer.text, answer.status, answer.decided_at = text, Answer.Status.INGEDIEND, None
                answer.save(update_fields=["text", "status", "decided_at"])
            changed.append(answer)
        if changed:
            send_templated(
                template="uitwisseling/email/new_answers",
                to=settings.SECRETARIAAT_EMAIL,
                context={
                    "cooperatie": cooperatie,
                    "answers": changed,
                    "admin_url": absolute_url(changelist_url(Answer, status__exact=Answer.Status.INGEDIEND)),
                },
            )
    return changed


@locking_transaction()
def publish_answer(*, answers, notify=True):
    """Put the answers on the website; with ``notify`` the coöperatie hears of it at its contact address."""
    return _decide(answers, Answer.Status.GEPUBLICEERD, "uitwisseling/email/published", notify)


@locking_transaction()
def refuse_answer(*, answers, notify=True):
    """Refuse a waiting answer or take a published one off the website; with ``notify`` the coöperatie is told."""
    return _decide(answers, Answer.Status.AFGEWEZEN, "uitwisseling/email/refused", notify)


def _decide(answers, status, template, notify):
    # Locked in one order, so two decisions on overlapping selections cannot deadlock.
    rows = Answer.objects.filter(pk__in=answers.values("pk")).exclude(status=status)
    if status == Answer.Status.GEPUBLICEERD:
        # A refused answer is not put back over the coöperatie's newer one to the same question.
        newer = Answer.objects.live().filter(question=OuterRef("question"), cooperatie=OuterRef("cooperatie"))
        rows = rows.exclude(Exists(newer.exclude(pk=OuterRef("pk"))))
    changing = list(rows.select_related("cooperatie", "question").order_by("pk").select_for_update(of=("self",)))
    Answer.objects.filter(pk__in=[answer.pk for answer in changing]).update(status=status, decided_at=timezone.now())
    if notify:
        for answer in changing:
            if answer.cooperatie.contact_address:
                send_templated(
                    template=template,
                    to=answer.cooperatie.contact_address,
                    headers=_reply_to_secretariaat(),
                    context={"answer": answer, "cooperatie": answer.cooperatie, "question": answer.question},
                )
    return len(changing)
