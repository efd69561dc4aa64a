"""The yearly check: a mail with three links, 'klopt nog' sets the date, silence shows on the profile."""

import datetime
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from procrastinate.contrib.django import app

from cooperaties import profile_links, services
from cooperaties.models import ChangeRequest, Cooperatie
from portal import dashboard

from .factories import CooperatieFactory

pytestmark = pytest.mark.django_db
LINK = re.compile(r"http://\S+?(/cooperaties/profiel/\d+/[a-z-]+/\S+/)")


def links(mail):
    return {path.split("/")[4]: path for path in LINK.findall(mail.body)}


@override_settings(COOPERATIES_CHECK_INTERVAL_DAYS=365)
def test_the_job_mails_each_due_coop_once_with_three_links(mailoutbox, mail_delivered):
    today = timezone.now()
    due = CooperatieFactory(name="Lang niet bevestigd", contact_address="due@example.org")
    CooperatieFactory(name="Zonder adres", contact_address="")
    CooperatieFactory(name="Net bevestigd", contact_address="recent@example.org", last_verified=today.date())
    CooperatieFactory(name="Voorgesteld", contact_address="p@example.org", status=Cooperatie.Status.VOORGESTELD)

    with mail_delivered():
        assert services.send_freshness_checks(now=today) == 1
        # The next day nothing is sent again.
        assert services.send_freshness_checks(now=today + datetime.timedelta(days=1)) == 0
    assert [mail.to for mail in mailoutbox] == [["due@example.org"]]
    assert set(links(mailoutbox[0])) == {"klopt-nog", "bewerken", "bestaat-niet-meer"}
    for text in ("Alles klopt nog:", "Ik wil iets aanpassen:", "We bestaan niet meer:"):
        assert text in mailoutbox[0].body
    due.refresh_from_db()
    assert due.check_sent_at == today
    # A year later both published coöperaties with an address are asked (again).
    with mail_delivered():
        assert services.send_freshness_checks(now=today + datetime.timedelta(days=366)) == 2


def test_klopt_nog_sets_the_date_with_a_button_not_the_link(client, mailoutbox, mail_delivered):
    coop = CooperatieFactory(contact_address="c@example.org")
    with mail_delivered():
        services.send_freshness_checks()
    path = links(mailoutbox[0])["klopt-nog"]

    client.get(path)  # a mail scanner opening the link changes nothing
    coop.refresh_from_db()
    assert coop.last_verified is None

    response = client.post(path)
    assert "Dank u wel" in response.content.decode()
    coop.refresh_from_db()
    assert coop.last_verified == timezone.localdate()
    profile = client.get(coop.get_absolute_url()).content.decode()
    assert "Laatst bevestigd" in profile
    assert timezone.localdate().strftime("%Y") in profile


@override_settings(COOPERATIES_CHECK_ANSWER_DAYS=42)
def test_no_answer_shows_not_recently_confirmed_on_the_profile_and_the_start_page(client, secretariaat_user):
    asked_long_ago = timezone.now() - datetime.timedelta(days=43)
    silent = CooperatieFactory(name="Stil", contact_address="s@example.org", check_sent_at=asked_long_ago)
    answered = CooperatieFactory(
        name="Geantwoord",
        contact_address="a@example.org",
        check_sent_at=asked_long_ago,
        last_verified=timezone.localdate(),
    )
    just_asked = CooperatieFactory(name="Net gevraagd", check_sent_at=timezone.now())
    # Sending changes is an answer too, even before the secretariat approves them.
    changed = CooperatieFactory(
        name="Wijziging gestuurd", contact_address="w@example.org", check_sent_at=asked_long_ago
    )
    services.request_change(cooperatie=changed, data={"place": "Zwolle"})
    assert "Niet recent bevestigd" not in client.get(changed.get_absolute_url()).content.decode()

    assert "Niet recent bevestigd" in client.get(silent.get_absolute_url()).content.decode()
    assert "Niet recent bevestigd" not in client.get(answered.get_absolute_url()).content.decode()
    assert "Niet recent bevestigd" not in client.get(just_asked.get_absolute_url()).content.decode()

    row = next(block for block in dashboard.waiting_decisions() if "Niet recent bevestigd" in str(block["label"]))
    assert row["count"] == 1
    client.force_login(secretariaat_user)
    start = client.get(reverse("admin:index")).content.decode()
    assert "Niet recent bevestigd" in start
    changelist = client.get(row["url"])
    assert [c.name for c in changelist.context["cl"].result_list] == ["Stil"]


def test_bestaan_niet_meer_proposes_archiving_which_the_secretariat_approves(client):
    coop = CooperatieFactory(name="Opgeheven", contact_address="o@example.org")
    path = reverse(
        "cooperaties:profile-close",
        kwargs={"pk": coop.pk, "token": profile_links.make_token(coop, "bestaat-niet-meer", days=42)},
    )
    client.post(path, {"note": "Gestopt in maart."})
    request = ChangeRequest.objects.get(cooperatie=coop)
    assert (request.kind, request.note) == (ChangeRequest.Kind.OPHEFFEN, "Gestopt in maart.")
    assert Cooperatie.objects.get(pk=coop.pk).is_published  # not yet

    services.approve_change(change_request=request)
    assert Cooperatie.objects.get(pk=coop.pk).status == Cooperatie.Status.GEARCHIVEERD


def test_the_worker_knows_the_yearly_job():
    assert "cooperaties-freshness-check" in {task.periodic_id for task in app.periodic_registry.periodic_tasks.values()}


def test_the_task_itself_sends_the_checks(mailoutbox, mail_delivered):
    from cooperaties.tasks import send_freshness_checks

    CooperatieFactory(contact_address="c@example.org")
    with mail_delivered():
        assert send_freshness_checks(timestamp=0) == 1
    assert [mail.to for mail in mailoutbox] == [["c@example.org"]]
