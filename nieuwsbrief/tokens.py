"""Signed, expiring tokens for the links in e-mails. No token is stored: the signature is the proof."""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "nieuwsbrief.confirm"
UNSUBSCRIBE_SALT = "nieuwsbrief.unsubscribe"


def confirm_max_age():
    return settings.NEWSLETTER_CONFIRM_MAX_AGE


def unsubscribe_max_age():
    return settings.NEWSLETTER_UNSUBSCRIBE_MAX_AGE


def make_confirm_token(consent):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(consent.pk))


def make_unsubscribe_token(subscriber):
    return signing.TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(str(subscriber.pk))


def _read(token, salt, max_age):
    """The id in the token, or None for a forged, damaged or expired token."""
    try:
        value = signing.TimestampSigner(salt=salt).unsign(token, max_age=max_age)
    except signing.BadSignature:  # SignatureExpired is a BadSignature too
        return None
    return int(value) if value.isdigit() else None


def read_confirm_token(token):
    return _read(token, CONFIRM_SALT, confirm_max_age())


def read_unsubscribe_token(token):
    return _read(token, UNSUBSCRIBE_SALT, unsubscribe_max_age())
