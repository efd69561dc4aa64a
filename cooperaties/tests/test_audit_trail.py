"""What the coöperaties' own links and the yearly check change on a profile lands in the audit trail."""

import pytest
from auditlog.models import LogEntry
from django.utils import timezone

from cooperaties import services

from .factories import CooperatieFactory
from .test_profile_links import edit_path, form_data

pytestmark = pytest.mark.django_db


def updates_of(cooperatie):
    return LogEntry.objects.get_for_object(cooperatie).filter(action=LogEntry.Action.UPDATE)


def test_using_the_edit_link_is_recorded(client):
    fort = CooperatieFactory(contact_address="fort@example.org")

    client.post(edit_path(fort), form_data(fort, summary="Wij knappen het fort samen op."))

    assert [set(entry.changes_dict) for entry in updates_of(fort)] == [{"link_generation"}]


def test_the_yearly_question_is_recorded(client):
    due = CooperatieFactory(contact_address="due@example.org")

    services.send_freshness_checks(now=timezone.now())

    assert [set(entry.changes_dict) for entry in updates_of(due)] == [{"check_sent_at"}]
