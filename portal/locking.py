"""Transactions that lock rows wait for a lock at most a few seconds (as pretix does).

A request that would otherwise queue behind a long lock (a slow admin action, a stuck job) gets a clear
answer instead of hanging until the proxy gives up, and holds no worker meanwhile.
"""

import contextlib

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext_lazy as _
from psycopg import errors as pg_errors


class Busy(Exception):
    """A row this change needs stayed locked longer than DATABASE_LOCK_TIMEOUT_SECONDS; nothing was saved."""

    message = _("Het is nu erg druk. Er is niets opgeslagen. Probeer het over een minuut opnieuw.")

    def __str__(self):
        return str(self.message)


@contextlib.contextmanager
def locking_transaction():
    """``transaction.atomic()`` with ``SET LOCAL lock_timeout``: as a decorator or a ``with`` block.

    Raises Busy when a lock is not granted in time; the transaction (or savepoint) is rolled back whole.
    """
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                # SET takes no parameters; the value is an integer from settings.
                cursor.execute(f"SET LOCAL lock_timeout = '{int(settings.DATABASE_LOCK_TIMEOUT_SECONDS)}s'")
            yield
    except OperationalError as error:
        if isinstance(error.__cause__, pg_errors.LockNotAvailable):
            raise Busy from error
        raise
