"""The private removal link: a signature over the story's id, without an expiry date, because the
writer may ask for removal at any time. Nothing is stored; a forged or damaged token reads as None."""

from django.core import signing

REMOVE_SALT = "verhalen.remove"


def make_remove_token(story):
    return signing.Signer(salt=REMOVE_SALT).sign(str(story.pk))


def read_remove_token(token):
    try:
        value = signing.Signer(salt=REMOVE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None
