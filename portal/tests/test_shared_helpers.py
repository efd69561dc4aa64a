"""The shared helpers every app uses: CSV, mail, JSON-LD, absolute links and the rate limiter."""

import csv
import io

import pytest
from django.core import mail
from django.db import transaction
from django.test import RequestFactory, override_settings

from conftest import run_worker
from portal import ratelimit
from portal.jsonld import json_ld
from portal.links import absolute_url
from portal.mail import send_templated
from portal.outbox.models import OutgoingMail
from portal.spreadsheet import csv_lines, excel_csv_response


def test_csv_opens_in_dutch_excel_and_defuses_formulas():
    response = excel_csv_response(
        filename="proef.csv",
        header=["naam", "getal", "actief"],
        rows=[['=HYPERLINK("x")', 12, True], ["Anna", None, False]],
    )
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert response["Content-Disposition"] == 'attachment; filename="proef.csv"'
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["naam", "getal", "actief"], ['\'=HYPERLINK("x")', "12", "ja"], ["Anna", "", "nee"]]


@pytest.mark.django_db
def test_rate_limit_allows_the_limit_then_refuses():
    results = [ratelimit.allow(scope="proef", who="192.0.2.1", limit=3, period=60) for _ in range(4)]
    assert results == [True, True, True, False]
    # Another address has its own counter.
    assert ratelimit.allow(scope="proef", who="192.0.2.2", limit=3, period=60)


def test_client_ip_ignores_forwarded_header_unless_behind_our_proxy():
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert ratelimit.client_ip(request) == "10.0.0.5"
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1):
        assert ratelimit.client_ip(request) == "203.0.113.9"


def test_csv_defuses_an_email_address_that_is_a_formula_but_keeps_negative_numbers():
    lines = list(csv_lines(header=["email", "waarde"], rows=[["=2+5@example.org", "-3,5"]], bom=False))
    assert lines == ["email;waarde\r\n", "'=2+5@example.org;-3,5\r\n"]


def _send_proposal_mail(name):
    from cooperaties.tests.factories import CooperatieFactory

    send_templated(
        template="cooperaties/email/proposal",
        to="piet@example.org",
        context={"cooperatie": CooperatieFactory(name=name)},
    )


@pytest.mark.django_db(transaction=True)
def test_a_committed_mail_is_delivered_by_the_worker():
    with transaction.atomic():
        _send_proposal_mail("Buurtkracht")
    assert mail.outbox == []  # the request itself never talks to the mail server
    run_worker()
    assert [message.to for message in mail.outbox] == [["piet@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_mail_is_not_queued_when_the_transaction_rolls_back():
    class Failure(Exception):
        pass

    with pytest.raises(Failure), transaction.atomic():
        _send_proposal_mail("Buurtkracht")
        raise Failure
    run_worker()
    assert OutgoingMail.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_mail_subject_with_a_newline_becomes_one_line(mail_delivered):
    with mail_delivered():
        _send_proposal_mail("Eerste regel\nBcc: iemand@example.org")
    assert "\n" not in mail.outbox[0].subject
    assert "Eerste regel Bcc: iemand@example.org" in mail.outbox[0].subject


def test_json_ld_cannot_close_its_script_element():
    assert json_ld({"name": "</script><script>alert(1)</script>"}) == (
        '{\n  "name": "\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"\n}'
    )


def test_absolute_url_uses_site_url_not_the_request(settings):
    settings.SITE_URL = "https://www.socialealliantie.nl/"
    assert absolute_url("/agenda/") == "https://www.socialealliantie.nl/agenda/"


def test_a_mail_is_plain_text_without_html_escaping(tmp_path, settings):
    from portal import mail

    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    (tmp_path / "proef_subject.txt").write_text("Welkom in {{ place }}")
    (tmp_path / "proef.txt").write_text("Beste {{ name }},")
    subject, body = mail.render(template="proef", context={"place": "'s-Hertogenbosch", "name": "Jan & Ans"})
    assert (subject, body) == ("Welkom in 's-Hertogenbosch", "Beste Jan & Ans,")
