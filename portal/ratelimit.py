"""Counters per client address (or per other key) in the shared cache, so a limit holds across all web workers
and hosts."""

from allauth.core.internal.httpkit import get_client_ip
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured


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
    ``limit`` were made within ``period`` seconds."""
    key = f"ratelimit:{scope}:{who}"
    # add() only sets a missing key, so the window starts at the first attempt.
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period)
        return True
    return count <= limit


def exceeded(*, scope, who, limit):
    """Whether ``limit`` was passed already, without counting an attempt (check before answering)."""
    return (cache.get(f"ratelimit:{scope}:{who}") or 0) > limit
