"""Signed, expiring links that let a coöperatie act on its own profile without an account.

A token names the coöperatie and the purpose it was made for; it is signed with SECRET_KEY and a
salt of its own, so it cannot be forged, reused for another coöperatie or for another purpose, and
it stops working after COOPERATIES_LINK_MAX_AGE_DAYS. It also carries a fingerprint of the contact address
it was mailed to: when the secretariat changes that address, links held by the former contact stop working.
"""

import hashlib

from django.conf import settings
from django.core import signing
from django.urls import reverse

from alliantie.links import absolute_url

SALT = "cooperaties.profile-link"
EDIT = "bewerken"
CONFIRM = "klopt-nog"
CLOSE = "bestaat-niet-meer"
URL_NAMES = {
    EDIT: "cooperaties:profile-edit",
    CONFIRM: "cooperaties:profile-confirm",
    CLOSE: "cooperaties:profile-close",
}


class BadLink(Exception):
    """Forged, expired, or made for another coöperatie or purpose."""


def _fingerprint(contact_address):
    return hashlib.sha256((contact_address or "").strip().lower().encode()).hexdigest()[:12]


def make_token(cooperatie, purpose):
    data = {"c": cooperatie.pk, "p": purpose, "a": _fingerprint(cooperatie.contact_address)}
    return signing.dumps(data, salt=SALT, compress=True)


def url(cooperatie, purpose):
    token = make_token(cooperatie, purpose)
    return absolute_url(reverse(URL_NAMES[purpose], kwargs={"pk": cooperatie.pk, "token": token}))


def check(token, *, cooperatie, purpose):
    max_age = settings.COOPERATIES_LINK_MAX_AGE_DAYS * 24 * 60 * 60
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise BadLink from error
    if (
        not isinstance(data, dict)
        or data.get("c") != cooperatie.pk
        or data.get("p") != purpose
        or data.get("a") != _fingerprint(cooperatie.contact_address)
    ):
        raise BadLink
