"""Validators every app uses for links people type in: only web addresses, never javascript: or data:."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

WEB_SCHEMES = ("http", "https")

validate_web_url = URLValidator(
    schemes=list(WEB_SCHEMES), message=_("Vul een webadres in dat begint met https:// of http://.")
)


def is_safe_link(value):
    """A web address (http or https) or a path on this site ("/agenda/"), nothing else."""
    value = (value or "").strip()
    # Browsers drop tabs and newlines inside a URL: "/\t/evil.org" would become "//evil.org".
    if any(character.isspace() or ord(character) < 32 or ord(character) == 127 for character in value):
        return False
    if value.startswith("/"):
        return not value.startswith("//") and "\\" not in value
    return urlsplit(value).scheme.lower() in WEB_SCHEMES and bool(urlsplit(value).netloc)


def validate_link(value):
    """For link fields that also take a path on this site."""
    if value and not is_safe_link(value):
        raise ValidationError(
            _("Vul een webadres in dat begint met https:// of een pad op deze site dat begint met /."),
            code="invalid",
        )
    if value and not value.startswith("/"):
        validate_web_url(value)


def parse_id(value):
    """A database id from a form or address, or None. ``"²".isdigit()`` is true but ``int("²")`` fails,
    hence ASCII decimal digits only (and not absurdly long)."""
    value = str(value or "")
    return int(value) if value.isascii() and value.isdecimal() and len(value) <= 18 else None
