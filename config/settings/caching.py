"""The cache stores and the page cache's settings (portal/caching/), from environment variables."""

from config.settings.environment import env, env_bool, env_float, env_int

# How long a public page may be served from the shared cache without any content change (seconds), and how
# long a browser or CDN may reuse it before revalidating with its ETag.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 60)
# Each worker trusts its copy of the content versions this long (seconds): a change made in another worker
# shows there within that time (portal/caching/versions.py).
PAGE_CACHE_LOCAL_SECONDS = env_int("PAGE_CACHE_LOCAL_SECONDS", 1)
# The longest a part of a page ({% cache %}) is kept without a change, as some follow the clock (seconds).
FRAGMENT_SECONDS = env_int("FRAGMENT_SECONDS", 300)
# Set by a deploy (the commit, say); by default the hash of the static files' manifest: pages stored by the
# previous release are then never served (portal/caching/pages.py).
PORTAL_RELEASE = env("PORTAL_RELEASE", "")

# Stores that cannot push each other's entries out (portal/caching/):
# - "default": allauth's login-failure counters, in a table of their own that no page ever lands in (our own
#   rate limits are rows in PostgreSQL: portal/ratelimit.py);
# - "pages": pages and the content versions, shared by all workers: Redis when REDIS_URL is set, otherwise a
#   PostgreSQL table. A store that is down or hung costs speed only (portal/caching/backends.py): each call
#   waits at most CACHE_TIMEOUT_SECONDS, and after a failure the store is left alone for a few seconds;
# - "local": this worker's own copies of pages and the versions (bounded by entries), and
#   "template_fragments": parts of pages, Django's {% cache %} tag keeps them there by itself.
CACHE_TIMEOUT_SECONDS = env_float("CACHE_TIMEOUT_SECONDS", 0.25)
if env("REDIS_URL"):
    PAGES_CACHE = {
        "BACKEND": "portal.caching.backends.ResilientRedisCache",
        "LOCATION": env("REDIS_URL"),
        "OPTIONS": {"socket_timeout": CACHE_TIMEOUT_SECONDS, "socket_connect_timeout": CACHE_TIMEOUT_SECONDS},
    }
else:
    # Room for a page of every coöperatie; culling a tenth at a time when full.
    PAGES_CACHE = {
        "BACKEND": "portal.caching.backends.ResilientDatabaseCache",
        "LOCATION": "page_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000, "CULL_FREQUENCY": 10},
    }
# FRAGMENT_CACHE=0 (the benchmark's "uncached") keeps nothing a request worked out in the worker's memory:
# no part of a page, no search result.
WORKER_MEMORY = "locmem.LocMemCache" if env_bool("FRAGMENT_CACHE", True) else "dummy.DummyCache"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
        "OPTIONS": {"MAX_ENTRIES": 200_000},
    },
    "pages": PAGES_CACHE,
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "local-pages",
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_LOCAL_ENTRIES", 300)},
    },
    # Search results, whole pages and the results a view worked out, apart: every distinct search text is a
    # page of its own, and must not push the hot pages out (portal/caching/pages.py).
    "local_search": {
        "BACKEND": f"django.core.cache.backends.{WORKER_MEMORY}",
        "LOCATION": "local-search",
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_LOCAL_SEARCH_ENTRIES", 100)},
    },
    "template_fragments": {
        "BACKEND": f"django.core.cache.backends.{WORKER_MEMORY}",
        "LOCATION": "fragments",
        "OPTIONS": {"MAX_ENTRIES": env_int("FRAGMENT_CACHE_ENTRIES", 2000)},
    },
}
