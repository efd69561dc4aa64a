"""Publishing waits for a publication another change holds at most the lock timeout, then saves nothing."""

import pytest

from conftest import row_held_elsewhere
from portal.locking import Busy
from publicaties import services
from publicaties.models import Publication

from .factories import PublicationFactory


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_publishing_a_publication_held_elsewhere_is_busy_and_changes_nothing(settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    held, free = PublicationFactory.create_batch(2, status=Publication.Status.CONCEPT)
    with pytest.raises(Busy), row_held_elsewhere(Publication.objects.filter(pk=held.pk)):
        services.set_status(
            publications=Publication.objects.filter(pk__in=[held.pk, free.pk]),
            status=Publication.Status.GEPUBLICEERD,
        )
    assert set(Publication.objects.values_list("status", flat=True)) == {Publication.Status.CONCEPT}
