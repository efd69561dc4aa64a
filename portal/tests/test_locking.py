"""A change that waits for a row another change holds gives up after the lock timeout, saving nothing."""

import threading

import pytest
from django.db import connection, transaction

from alliantie.tests.factories import UserFactory
from portal.locking import Busy, locking_transaction


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_a_change_that_waits_too_long_for_a_locked_row_is_busy_and_saves_nothing(settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    user = UserFactory(first_name="Oud")
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        with transaction.atomic():
            type(user).objects.select_for_update().get(pk=user.pk)
            locked.set()
            release.wait(30)
        connection.close()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    assert locked.wait(10)
    try:
        with pytest.raises(Busy), locking_transaction():
            type(user).objects.filter(pk=user.pk).update(last_name="Tussendoor")
    finally:
        release.set()
        holder.join()
    user.refresh_from_db()
    assert user.last_name == "Achternaam"
