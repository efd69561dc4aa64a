"""Retention jobs of the network app (rules: portal/privacy.py)."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from alliantie import services
from alliantie.models import Membership
from portal.privacy import days


def erase_unverified_accounts(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("unverified_accounts"))
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    accounts = (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .exclude(Exists(verified))
    )
    if dry_run:
        return accounts.count()
    count = 0
    for user in accounts:
        services.delete_user(user=user)
        count += 1
    return count


def erase_ended_memberships(*, now, dry_run):
    cutoff = now - datetime.timedelta(days=days("ended_memberships"))
    ended = Membership.objects.filter(status=Membership.Status.BEEINDIGD, updated__lt=cutoff)
    return ended.count() if dry_run else ended.delete()[1].get(Membership._meta.label, 0)
