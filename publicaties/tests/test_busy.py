"""Publishing waits for a publication another change holds at most the lock timeout, then saves nothing."""

import threading

import pytest
from django.db import connection, transaction

from portal.locking import Busy
from publicaties import services
from publicaties.models import Publication

from .factories import PublicationFactory


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_publishing_a_publication_held_elsewhere_is_busy_and_changes_nothing(settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    held, free = PublicationFactory.create_batch(2, status=Publication.Status.CONCEPT)
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        with transaction.atomic():
            Publication.objects.select_for_update().get(pk=held.pk)
            locked.set()
            release.wait(30)
        connection.close()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    assert locked.wait(10)
    try:
        with pytest.raises(Busy):
            services.set_status(
                publications=Publication.objects.filter(pk__in=[held.pk, free.pk]),
                status=Publication.Status.GEPUBLICEERD,
            )
    finally:
        release.set()
        holder.join()
    assert set(Publication.objects.values_list("status", flat=True)) == {Publication.Status.CONCEPT}
