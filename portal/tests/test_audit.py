"""The audit trail records the secretariat's decisions: who, what and when, visible in the admin."""

from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.forms.models import model_to_dict

from alliantie.models import Membership
from alliantie.tests.factories import MembershipFactory
from manifest.models import Figure
from manifest.tests.factories import FigureFactory

pytestmark = pytest.mark.django_db


def entries_for(obj):
    return LogEntry.objects.get_for_object(obj).order_by("timestamp")


def test_an_approval_is_recorded_with_who_did_it(client, secretariaat_user):
    request = MembershipFactory(status=Membership.Status.AANGEVRAAGD)
    client.force_login(secretariaat_user)
    client.post("/admin/alliantie/membership/", {"action": "approve", "_selected_action": [request.pk]})
    entry = entries_for(request).last()
    assert entry.actor == secretariaat_user
    assert entry.changes_dict["status"] == ["aangevraagd", "goedgekeurd"]


def test_a_figure_change_is_recorded_and_shown_to_the_secretariat(client, secretariaat_user):
    figure = FigureFactory(value="8.2", unit=Figure.Unit.KEER)
    data = {key: "" if value is None else value for key, value in model_to_dict(figure).items()}
    data["value"] = "9,4"
    data["loaded_version"] = figure.version
    client.force_login(secretariaat_user)
    response = client.post(f"/admin/manifest/figure/{figure.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = entries_for(figure).last()
    assert entry.actor == secretariaat_user
    assert [Decimal(value) for value in entry.changes_dict["value"]] == [Decimal("8.2"), Decimal("9.4")]
    listing = client.get("/admin/auditlog/logentry/")
    assert listing.status_code == 200
    assert str(figure) in listing.content.decode()


def test_a_subscriber_export_is_recorded(client, secretariaat_user):
    client.force_login(secretariaat_user)
    response = client.get("/admin/nieuwsbrief/subscriber/export/mailchimp/confirmed/")
    b"".join(response.streaming_content)
    entry = LogEntry.objects.filter(action=LogEntry.Action.ACCESS).get()
    assert entry.actor == secretariaat_user
    assert entry.object_repr == "Export van abonnees (mailchimp, confirmed)"


def test_the_secretariat_cannot_change_or_delete_the_trail(client, secretariaat_user):
    figure = FigureFactory()
    entry = entries_for(figure).last()
    client.force_login(secretariaat_user)
    assert client.post(f"/admin/auditlog/logentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert LogEntry.objects.filter(pk=entry.pk).exists()
