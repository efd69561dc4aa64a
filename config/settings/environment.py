"""Reading settings from environment variables."""

import os

from django.core.exceptions import ImproperlyConfigured


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    return int(os.environ.get(name) or default)


def env_float(name, default):
    return float(os.environ.get(name) or default)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. In production the portal needs {name}; see README.md, section 'Production'. "
            "For development use `make run` (DJANGO_SETTINGS_MODULE=config.settings.development)."
        )
    return value
