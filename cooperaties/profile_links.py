"""Signed, expiring links that let a coöperatie act on its own profile without an account.

A token names the coöperatie and the purpose it was made for; it is signed with SECRET_KEY and a
salt of its own, so it cannot be forged, reused for another coöperatie or for another purpose, and
it stops working after the days it was made for (an edit link mailed on its own: COOPERATIES_EDIT_LINK_DAYS;
the links in the yearly check: its answer time), never later than COOPERATIES_LINK_MAX_AGE_DAYS. It carries a
fingerprint of the contact address it was mailed to: when the secretariat changes that address, links held by
the former contact stop working. And it carries the coöperatie's link generation, which every change request
made through a link raises: a link works for one change request, so a leaked one cannot be used again.
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.urls import reverse

from portal.links import absolute_url

SALT = "cooperaties.profile-link"
EDIT = "bewerken"
CONFIRM = "klopt-nog"
CLOSE = "bestaat-niet-meer"
POST = "vraag-aanbod"  # a question or offer in vraag en aanbod (the vraagaanbod app)
EXPERIENCES = "ervaringen"  # answering the exchange's questions (uitwisseling)
URL_NAMES = {
    EDIT: "cooperaties:profile-edit",
    CONFIRM: "cooperaties:profile-confirm",
    CLOSE: "cooperaties:profile-close",
    POST: "vraagaanbod:posting-create",
    EXPERIENCES: "uitwisseling:answer",
}


class BadLink(Exception):
    """Forged, expired, or made for another coöperatie or purpose."""


def _fingerprint(contact_address):
    return hashlib.sha256((contact_address or "").strip().lower().encode()).hexdigest()[:12]


def make_token(cooperatie, purpose, *, days):
    data = {
        "c": cooperatie.pk,
        "p": purpose,
        "a": _fingerprint(cooperatie.contact_address),
        "g": cooperatie.link_generation,
        "e": int(time.time()) + min(days, settings.COOPERATIES_LINK_MAX_AGE_DAYS) * 24 * 60 * 60,
    }
    return signing.dumps(data, salt=SALT, compress=True)


def url(cooperatie, purpose, *, days):
    token = make_token(cooperatie, purpose, days=days)
    return absolute_url(reverse(URL_NAMES[purpose], kwargs={"pk": cooperatie.pk, "token": token}))


def check(token, *, cooperatie, purpose):
    """The link's generation when the link holds for this coöperatie and purpose; BadLink otherwise."""
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
        # Links mailed before links carried a generation and an expiry count as generation 0 and live until
        # COOPERATIES_LINK_MAX_AGE_DAYS, so a deploy does not break the yearly check's links in mailboxes.
        or data.get("g", 0) != cooperatie.link_generation
        or not isinstance(data.get("e", 0), int)
        or ("e" in data and data["e"] < time.time())
    ):
        raise BadLink
    return data.get("g", 0)
