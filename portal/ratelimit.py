"""Counters per client address (or per other key) in a PostgreSQL table of their own (``RateCounter``), so a
limit holds across all web workers and hosts, counts exactly however many requests arrive at once, and no page
traffic can push a counter out (as it could from the shared cache, where they lived before)."""

import contextlib
import datetime
import hashlib
import logging

from allauth.core.internal.httpkit import get_client_ip
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from portal.models import RateCounter

logger = logging.getLogger(__name__)

# The privacy statement (rule "rate_counter") promises that no counter lives longer than this.
MAX_PERIOD_SECONDS = 60 * 60

# One statement, so PostgreSQL's row lock orders requests that arrive together and each reads its own count: a new
# key starts at 1, a key whose window ended starts a new window at 1, any other key counts one more.
_COUNT = f"""
    INSERT INTO {RateCounter._meta.db_table} AS counter (key, count, window_ends_at)
    VALUES (%(key)s, 1, %(ends)s)
    ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN counter.window_ends_at <= %(now)s THEN 1 ELSE counter.count + 1 END,
        window_ends_at = CASE
            WHEN counter.window_ends_at <= %(now)s THEN excluded.window_ends_at ELSE counter.window_ends_at
        END
    RETURNING count
"""


def client_ip(request):
    """The visitor's address, read exactly as allauth reads it for its login limits: behind
    DJANGO_TRUSTED_PROXIES proxies the entry our outermost proxy added to X-Forwarded-For, otherwise
    REMOTE_ADDR (anything a client puts in the header itself is ignored)."""
    try:
        return get_client_ip(request) or "unknown"
    except ImproperlyConfigured:
        # Fewer forwarded entries than proxies: the request did not come through them.
        return request.META.get("REMOTE_ADDR", "unknown")


def allow(*, scope, who, limit, period):
    """Count one attempt by ``who`` (a client address, or a hash of what else is limited); False once more than
    ``limit`` were made within ``period`` seconds of the first."""
    if period > MAX_PERIOD_SECONDS:
        raise ValueError(f"period {period} s is longer than the privacy statement allows ({MAX_PERIOD_SECONDS} s)")
    # Python's clock, like every other time rule of the portal (and the one the tests move).
    now = timezone.now()
    params = {"key": _key(scope, who), "now": now, "ends": now + datetime.timedelta(seconds=period)}

    def count():
        with connection.cursor() as cursor:
            cursor.execute(_COUNT, params)
            return cursor.fetchone()[0]

    counted = _unless_the_table_fails(scope, count)
    return counted is None or counted <= limit


def exceeded(*, scope, who, limit):
    """Whether ``limit`` was passed already, without counting an attempt (check before answering)."""
    live = RateCounter.objects.filter(key=_key(scope, who), window_ends_at__gt=timezone.now())
    count = _unless_the_table_fails(scope, lambda: live.values_list("count", flat=True).first())
    return (count or 0) > limit


def address_key(email):
    """Who, for a limit per e-mail address: a hash, so the counter table holds no address."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def _key(scope, who):
    return f"ratelimit:{scope}:{who}"


def _unless_the_table_fails(scope, query):
    """``query()``'s answer, or None when the counter table refused it (missing between a deploy and its
    migration, a full disk): a limit is not worth a lost story or sign-up, so the attempt then goes uncounted.
    A database that does not answer at all raises as anywhere else, and the visitor reads that nothing was saved."""
    try:
        # A savepoint inside a caller's transaction, so a failed statement leaves that transaction usable. Outside
        # one the statement commits by itself: no BEGIN and COMMIT to wait for on every public form.
        with transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext():
            return query()
    except DatabaseError as error:
        # An error the server sent has an SQLSTATE; a connection that failed or was lost has none.
        if getattr(error.__cause__, "sqlstate", None) is None:
            raise
        logger.exception("Rate limit %s not counted: the counter table failed", scope)
        return None
