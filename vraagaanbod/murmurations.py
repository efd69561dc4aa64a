"""A published question or offer as a Murmurations profile (the offers_wants schema of the Murmurations
Library), so others can find it in the Murmurations index. Fields the portal does not know are left out,
never guessed; the schema's test fixture is in tests/fixtures/."""

import datetime

from django.utils import timezone

from portal.links import absolute_url

from .models import Posting

SCHEMA = "offers_wants_schema-v0.1.0"


def expires_at(posting):
    """The first moment after the end date, in Dutch time, as a Unix timestamp."""
    next_day = posting.ends_on + datetime.timedelta(days=1)
    return int(timezone.make_aware(datetime.datetime.combine(next_day, datetime.time.min)).timestamp())


def profile(posting):
    return {
        "linked_schemas": [SCHEMA],
        "exchange_type": "want" if posting.kind == Posting.Kind.VRAAG else "offer",
        # Coöperaties share knowledge and help; whether anything is paid, lent or given is theirs to agree.
        "transaction_type": [],
        "tags": [posting.theme.name],
        "title": posting.title,
        "description": posting.text,
        "details_url": absolute_url(posting.get_absolute_url()),
        "geographic_scope": "regional" if posting.province else "national",
        # The relay form on the coöperatie's profile: no e-mail address is ever published.
        "contact_details": {"contact_form": absolute_url(posting.reply_url)},
        "expires_at": expires_at(posting),
    }
