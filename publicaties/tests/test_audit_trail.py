"""The secretariat's bulk actions on publications land in the audit trail, one entry per publication."""

import pytest
from auditlog.models import LogEntry
from django.contrib.messages import get_messages

from portal.admin_tools import changelist_url
from publicaties.models import Publication

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


def publish(client, *publications, action="publish"):
    return client.post(
        changelist_url(Publication), {"action": action, "_selected_action": [p.pk for p in publications]}
    )


def test_publishing_records_each_publication_with_who_did_it(client, secretariaat_user):
    drafts = PublicationFactory.create_batch(2, status=Publication.Status.CONCEPT)
    client.force_login(secretariaat_user)

    publish(client, *drafts)

    for draft in drafts:
        entry = LogEntry.objects.get_for_object(draft).filter(action=LogEntry.Action.UPDATE).get()
        assert (entry.actor, entry.changes_dict["status"]) == (secretariaat_user, ["concept", "gepubliceerd"])


def test_taking_back_records_the_change_too(client, secretariaat_user):
    published = PublicationFactory(status=Publication.Status.GEPUBLICEERD)
    client.force_login(secretariaat_user)

    publish(client, published, action="unpublish")

    entry = LogEntry.objects.get_for_object(published).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.changes_dict["status"] == ["gepubliceerd", "concept"]


def test_the_secretariat_reads_how_many_changed(client, secretariaat_user):
    drafts = PublicationFactory.create_batch(2, status=Publication.Status.CONCEPT)
    already = PublicationFactory(status=Publication.Status.GEPUBLICEERD)
    client.force_login(secretariaat_user)

    response = publish(client, *drafts, already)

    assert [str(m) for m in get_messages(response.wsgi_request)] == ["2 publicaties gepubliceerd."]
