"""Writes with side effects: proposals from the public form, and status changes by the secretariat."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from alliantie import ratelimit
from alliantie.mail import send_templated

from .models import Cooperatie

# Five proposals per address per hour is plenty for a real collective, and stops a flood.
PROPOSALS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 60 * 60
# Paths under /cooperaties/ that a slug must never shadow.
RESERVED_SLUGS = {"aanmelden", "provincies"}


class ProposalRateLimited(Exception):
    """Too many proposals from one IP address in the last hour."""


def unique_slug(name):
    base = slugify(name)[:180] or "cooperatie"
    taken = set(Cooperatie.objects.filter(slug__startswith=base).values_list("slug", flat=True)) | RESERVED_SLUGS
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


PROPOSAL_FIELDS = (
    "name",
    "summary",
    "description",
    "place",
    "province",
    "founding_year",
    "legal_form",
    "open_to_members",
    "website",
    "contact_email",
    "submitter_name",
    "submitter_email",
)


def propose_cooperatie(*, data, ip):
    """Save a proposal from the public form as 'voorgesteld' and tell the secretariat.

    Raises ProposalRateLimited when this address already sent too many proposals.
    """
    if not ratelimit.allow(scope="cooperatie-proposal", ip=ip, limit=PROPOSALS_PER_HOUR, period=RATE_WINDOW_SECONDS):
        raise ProposalRateLimited
    for attempt in range(3):
        try:
            with transaction.atomic():
                cooperatie = Cooperatie.objects.create(
                    slug=unique_slug(data["name"]),
                    status=Cooperatie.Status.VOORGESTELD,
                    **{field: data[field] for field in PROPOSAL_FIELDS if field in data},
                )
                cooperatie.domains.set(data.get("domains") or [])
                cooperatie.themes.set(data.get("themes") or [])
                _notify_secretariaat(cooperatie)
            return cooperatie
        except IntegrityError:
            # Two proposals with the same name at the same moment: take the next free slug.
            if attempt == 2:
                raise


def _notify_secretariaat(cooperatie):
    send_templated(
        template="cooperaties/email/proposal", to=settings.SECRETARIAAT_EMAIL, context={"cooperatie": cooperatie}
    )


@transaction.atomic
def set_status(*, cooperaties, status):
    """Publish or archive several coöperaties at once; returns how many changed."""
    changing = list(
        Cooperatie.objects.filter(pk__in=cooperaties.values("pk")).exclude(status=status).select_for_update()
    )
    for cooperatie in changing:
        cooperatie.status = status
        # One save each, not one UPDATE for all: the audit trail records each decision.
        cooperatie.save()
    return len(changing)
