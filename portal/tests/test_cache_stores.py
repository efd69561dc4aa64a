"""Django's closing of the cache stores after each request is left out only where it does nothing."""

from django.core.cache import close_caches
from django.core.signals import request_finished

from portal.caching import backends


def closed_after_requests(caches_setting, settings):
    settings.CACHES = caches_setting
    request_finished.connect(close_caches)  # as Django connects it when it starts
    backends.leave_stores_open()
    return request_finished.disconnect(close_caches)  # True: it was still connected


def test_the_portals_own_stores_are_not_closed_after_each_request(settings):
    assert closed_after_requests(settings.CACHES, settings) is False


def test_a_memcached_store_is_still_closed_after_each_request(settings):
    memcached = {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache", "LOCATION": "127.0.0.1:11211"}
    assert closed_after_requests({**settings.CACHES, "memcached": memcached}, settings) is True
