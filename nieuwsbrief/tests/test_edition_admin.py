"""Publishing editions in the archive from the admin: each one lands in the audit trail."""

import pytest
from auditlog.models import LogEntry
from django.contrib.messages import get_messages

from nieuwsbrief.models import Edition
from portal.admin_tools import changelist_url

from .factories import EditionFactory

pytestmark = pytest.mark.django_db


def publish(client, *editions):
    return client.post(changelist_url(Edition), {"action": "publish", "_selected_action": [e.pk for e in editions]})


def test_publishing_records_each_edition_with_who_did_it(client, secretariaat_user):
    editions = EditionFactory.create_batch(2, published=False)
    client.force_login(secretariaat_user)

    publish(client, *editions)

    for edition in editions:
        entry = LogEntry.objects.get_for_object(edition).filter(action=LogEntry.Action.UPDATE).get()
        assert (entry.actor, entry.changes_dict["published"]) == (secretariaat_user, ["False", "True"])


def test_published_editions_show_in_the_archive(client, secretariaat_user):
    edition = EditionFactory(published=False, title="Nieuwe editie")
    client.force_login(secretariaat_user)

    publish(client, edition)

    assert client.get(edition.get_absolute_url()).status_code == 200


def test_the_secretariat_reads_how_many_were_published(client, secretariaat_user):
    editions = EditionFactory.create_batch(2, published=False)
    client.force_login(secretariaat_user)

    response = publish(client, *editions)

    assert [str(m) for m in get_messages(response.wsgi_request)] == ["2 edities gepubliceerd."]
