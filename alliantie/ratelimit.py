"""Per-IP counters in the shared cache, so a limit holds across all web workers and hosts."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The visitor's address. Behind our own proxy (DJANGO_USE_X_FORWARDED_FOR=1) the last
    X-Forwarded-For entry is the one that proxy added; anything before it can be forged."""
    if settings.USE_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(*, scope, ip, limit, period):
    """Count one attempt; False once more than ``limit`` were made within ``period`` seconds."""
    key = f"ratelimit:{scope}:{ip}"
    # add() only sets a missing key, so the window starts at the first attempt.
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period)
        return True
    return count <= limit
