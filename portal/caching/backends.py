"""A shared cache that is down, stopped or hung costs speed, never a page or a save.

Django's cache backends raise when their server does not answer, and a hung Redis makes every call wait for
the socket timeout. Django has no circuit breaker, so this is ours: every call that fails answers as a miss
(or does nothing), and for ``RETRY_SECONDS`` after a failure this worker does not ask the store at all. The
socket timeouts themselves are set in the settings (``socket_timeout``, ``socket_connect_timeout``).
"""

import logging
import time

from django.conf import settings
from django.core.cache import close_caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.core.signals import request_finished
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5
# What each call answers while the store is away: a miss, nothing stored, nothing counted.
_FALLBACK = {
    "get": lambda *args, **kwargs: kwargs.get("default", args[1] if len(args) > 1 else None),
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: None,
    "set_many": lambda keys, *args, **kwargs: list(keys),
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "clear": lambda *args, **kwargs: None,
}


class CircuitBreakerMixin:
    unavailable_until = 0.0

    @property
    def available(self):
        """False while this worker leaves the store alone after a failure."""
        return time.monotonic() >= self.unavailable_until


def _guarded(name, fallback):
    def method(self, *args, **kwargs):
        if not self.available:
            return fallback(*args, **kwargs)
        try:
            return getattr(super(CircuitBreakerMixin, self), name)(*args, **kwargs)
        except Exception:
            self.unavailable_until = time.monotonic() + RETRY_SECONDS
            logger.warning("Cache unavailable; not asked again for %s s", RETRY_SECONDS, exc_info=True)
            return fallback(*args, **kwargs)

    method.__name__ = name
    return method


for _name, _fallback in _FALLBACK.items():
    setattr(CircuitBreakerMixin, _name, _guarded(_name, _fallback))


class ResilientRedisCache(CircuitBreakerMixin, RedisCache):
    pass


class ResilientDatabaseCache(CircuitBreakerMixin, DatabaseCache):
    pass


def leave_stores_open():
    """Django closes every cache store after each request, for the backends whose close() does something
    (memcached's). Ours all keep BaseCache.close(), which does nothing; asking five stores for it still cost
    17 µs a request, a fifth of a page served from the cache. Left out only while that holds for every store."""
    if all(import_string(store["BACKEND"]).close is BaseCache.close for store in settings.CACHES.values()):
        request_finished.disconnect(close_caches)
