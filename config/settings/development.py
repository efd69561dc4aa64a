"""Development on one's own machine (`make run`): DEBUG on, mail to the console, the embedded PostgreSQL.

The embedded server is started by `manage.py embedded_postgres start` (the Makefile does this), never by
importing this module; here we only work out its address.
"""

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR, database
from config.settings.environment import env, env_list
from portal.embedded_postgres import database_url

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", "insecure-local-development-key-not-for-production")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
DATABASES = {"default": database(env("DATABASE_URL") or database_url(BASE_DIR))}

ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# An edited template shows at once: no part of a page is kept.
CACHES["template_fragments"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
