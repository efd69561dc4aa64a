"""Production, the default: every secret, host and the database come from the environment.

A missing DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS or DATABASE_URL stops start-up with a clear message,
so a host can never quietly run with a development key or a database of its own.
"""

from config.settings.base import *  # noqa: F403
from config.settings.base import TRUSTED_PROXIES, database
from config.settings.environment import env_bool, env_int, env_list, required

SECRET_KEY = required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or [required("DJANGO_ALLOWED_HOSTS")]
DATABASES = {"default": database(required("DATABASE_URL"))}

if TRUSTED_PROXIES:
    # Only our own proxy's word counts; without one a client could claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Load balancers probe /healthz over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
