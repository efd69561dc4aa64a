"""Writes with side effects: a tip sent in by a visitor, and the secretariat's decisions about tips. The
admin's list actions call the same functions."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal import ratelimit
from portal.locking import locking_transaction
from portal.mail import send_templated

from .models import LocalLink

# A library or community centre shares one address; a few tips an hour from it are normal, a hundred a flood.
TIPS_PER_HOUR = 20
RATE_WINDOW_SECONDS = 60 * 60


class TipRateLimited(Exception):
    """Too many tips from one client address in the last hour."""


def send_tip(*, municipality, kind, title, url, note, ip):
    """Keep a tip as waiting for the secretariat and tell the secretariat; a link already known is not kept
    twice. Returns the tip."""
    if not ratelimit.allow(scope="gemeente-tip", who=ip, limit=TIPS_PER_HOUR, period=RATE_WINDOW_SECONDS):
        raise TipRateLimited
    with transaction.atomic():
        tip, created = LocalLink.objects.get_or_create(
            municipality=municipality, url=url, defaults={"kind": kind, "title": title, "note": note}
        )
        if created:
            send_templated(template="gemeenten/email/new_tip", to=settings.SECRETARIAAT_EMAIL, context={"tip": tip})
    return tip


@locking_transaction()
def decide(*, links, status):
    """Publish or refuse tips (or take a published one off the page); returns how many changed."""
    changing = LocalLink.objects.filter(pk__in=links.values("pk")).exclude(status=status).order_by("pk")
    changed = list(changing.select_for_update())
    for link in changed:
        link.status = status
        link.decided_at = timezone.now()
        # One save each: the audit trail records each decision.
        link.save(update_fields=["status", "decided_at"])
    return len(changed)
