"""A change that waits for a row another change holds gives up after the lock timeout, saving nothing."""

import pytest

from alliantie.tests.factories import UserFactory
from conftest import row_held_elsewhere
from portal.locking import Busy, locking_transaction


@pytest.mark.lock_timeout
@pytest.mark.django_db(transaction=True)
def test_a_change_that_waits_too_long_for_a_locked_row_is_busy_and_saves_nothing(settings):
    settings.DATABASE_LOCK_TIMEOUT_SECONDS = 1
    user = UserFactory(first_name="Oud")
    users = type(user).objects.filter(pk=user.pk)
    with pytest.raises(Busy), row_held_elsewhere(users), locking_transaction():
        users.update(last_name="Tussendoor")
    user.refresh_from_db()
    assert user.last_name == "Achternaam"
