import csv
import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from nieuwsbrief.models import Subscriber
from nieuwsbrief.subscriber_export import HEADER

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def parse(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_command_exports_confirmed_and_unsubscribed_with_status(capsys):
    SubscriberFactory(email="ja@example.org", name="Ja Lezer", organisation="FNV")
    SubscriberFactory(email="weg@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    SubscriberFactory(email="wacht@example.org", status=Subscriber.Status.PENDING, confirmed_at=None)
    call_command("export_abonnees")
    captured = capsys.readouterr()
    rows = parse(captured.out)
    assert list(rows[0].keys()) == HEADER
    by_email = {row["Email Address"]: row for row in rows}
    assert set(by_email) == {"ja@example.org", "weg@example.org"}  # pending addresses never go out
    assert by_email["ja@example.org"]["Status"] == "subscribed"
    assert by_email["ja@example.org"]["Name"] == "Ja Lezer"
    assert by_email["ja@example.org"]["Organisation"] == "FNV"
    assert by_email["ja@example.org"]["CONFIRM_TIME"]
    assert by_email["weg@example.org"]["Status"] == "unsubscribed"
    assert "2/2" in captured.err  # progress goes to stderr, not into the CSV


def test_command_writes_a_separate_file_per_status(tmp_path):
    SubscriberFactory(email="ja@example.org")
    SubscriberFactory(email="weg@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    target = tmp_path / "afgemeld.csv"
    call_command("export_abonnees", "--status", "unsubscribed", "--output", str(target), stderr=io.StringIO())
    rows = parse(target.read_text(encoding="utf-8"))
    assert [row["Email Address"] for row in rows] == ["weg@example.org"]


def test_formula_in_a_name_is_neutralised(capsys):
    SubscriberFactory(name='=HYPERLINK("http://x")')
    call_command("export_abonnees")
    rows = parse(capsys.readouterr().out)
    assert rows[0]["Name"].startswith("'=")


def test_admin_download_is_streamed(client, secretariaat_user):
    SubscriberFactory(email="ja@example.org")
    client.force_login(secretariaat_user)
    response = client.get(reverse("admin:nieuwsbrief_subscriber_export", args=["mailchimp", "confirmed"]))
    assert response.status_code == 200
    assert response.streaming
    assert "attachment" in response["Content-Disposition"]
    rows = parse(b"".join(response.streaming_content).decode())
    assert [row["Email Address"] for row in rows] == ["ja@example.org"]


def test_admin_download_unknown_selection_is_404(client, secretariaat_user):
    client.force_login(secretariaat_user)
    assert client.get(reverse("admin:nieuwsbrief_subscriber_export", args=["mailchimp", "iets"])).status_code == 404


def test_anonymous_cannot_download(client):
    SubscriberFactory()
    response = client.get(reverse("admin:nieuwsbrief_subscriber_export", args=["mailchimp", "all"]))
    assert response.status_code == 302


def test_an_email_address_that_is_a_formula_is_defused(capsys):
    SubscriberFactory(email="=2+5@example.org", name="@SUM(1)")
    call_command("export_abonnees")
    row = parse(capsys.readouterr().out)[0]
    assert (row["Email Address"], row["Name"]) == ("'=2+5@example.org", "'@SUM(1)")


def admin_download(client, service, selection):
    response = client.get(reverse("admin:nieuwsbrief_subscriber_export", args=[service, selection]))
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_each_service_gets_its_own_columns_with_consent_times(client, secretariaat_user):
    SubscriberFactory(email="ja@example.org", name="Ja Lezer", organisation="FNV")
    client.force_login(secretariaat_user)
    laposta = list(csv.DictReader(io.StringIO(admin_download(client, "laposta", "all"))))
    assert (laposta[0]["E-mailadres"], laposta[0]["Status"]) == ("ja@example.org", "actief")
    assert laposta[0]["Bevestigd op"]
    listmonk = list(csv.DictReader(io.StringIO(admin_download(client, "listmonk", "confirmed"))))
    assert list(listmonk[0]) == ["email", "name", "attributes"]
    assert json.loads(listmonk[0]["attributes"])["organisatie"] == "FNV"
    excel = list(csv.DictReader(io.StringIO(admin_download(client, "excel", "all")), delimiter=";"))
    assert excel[0]["status"] == "ingeschreven"


def test_listmonk_never_mixes_unsubscribed_into_a_subscribe_import(client, secretariaat_user):
    client.force_login(secretariaat_user)
    assert client.get(reverse("admin:nieuwsbrief_subscriber_export", args=["listmonk", "all"])).status_code == 404


def test_importing_the_services_unsubscribes_summarises_and_records_withdrawal(client, secretariaat_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    SubscriberFactory(email="weg@example.org")
    SubscriberFactory(email="al-weg@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    upload = SimpleUploadedFile(
        "unsubscribed.csv",
        b"Email Address,First Name\nWEG@example.org,Piet\nal-weg@example.org,Truus\nonbekend@example.org,X\n",
    )
    client.force_login(secretariaat_user)
    html = client.post(reverse("admin:nieuwsbrief_subscriber_import_unsubscribes"), {"file": upload}).content.decode()
    assert "1 adres nu afgemeld." in html
    assert "1 adres was hier al afgemeld." in html
    assert "1 adres kennen wij niet." in html
    assert Subscriber.objects.get(email="weg@example.org").status == Subscriber.Status.UNSUBSCRIBED
