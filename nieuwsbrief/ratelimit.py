"""A small per-IP counter in the shared cache, so the limit holds across all web workers."""

from django.core.cache import cache


def client_ip(request):
    # REMOTE_ADDR only: X-Forwarded-For can be set by anyone unless a trusted proxy rewrites it.
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, *, scope, limit, period):
    """Count this request; False once more than ``limit`` were made within ``period`` seconds."""
    key = f"nieuwsbrief:ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        return True
    return count <= limit
