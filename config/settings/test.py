"""The test suite (named in pytest.ini): development's database, DEBUG off as in production, fast hashing.

The embedded server is started by the pytest hook in conftest.py when DATABASE_URL is not set.
"""

from config.settings.development import *  # noqa: F403

DEBUG = False
# Hashing with the production hasher costs ~0.3 s per login; tests create hundreds of accounts.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The worker run inside a test closes its connection after each job; the test database can then be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Query counts measure rendering; the page-cache tests switch the cache on themselves.
PAGE_CACHE_SECONDS = 0
# This worker reads the content version once per test (conftest.py forgets it between tests) and then follows
# its own saves, so query counts do not depend on how long a test runs. A test of another worker's change
# sets this to 0.
PAGE_CACHE_LOCAL_SECONDS = 3600
# Parts of pages are kept as in production (development keeps none).
CACHES["template_fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"}  # noqa: F405
# Tests run the worker until no job is due: a queued mail is due at once here (the hold has a test of its own).
MAIL_HOLD_SECONDS = 0
