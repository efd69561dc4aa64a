"""Each retention rule at its boundary: a day before it, the data is kept; a day after, it is gone.

The jobs run on the real database with an explicit 'now'; nothing is mocked.
"""

import datetime

import pytest
from allauth.account.models import EmailAddress
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.utils import timezone
from django.utils.module_loading import import_string

from agenda.models import Registration
from agenda.tests.factories import EventFactory
from alliantie.models import Membership, User
from alliantie.tests.factories import MembershipFactory, UserFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from nieuwsbrief.models import Consent, Subscriber
from nieuwsbrief.tests.factories import ConsentFactory, SubscriberFactory
from portal.outbox.models import OutgoingMail
from portal.privacy import apply_retention, rules

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2027, 6, 1, 12, 0))
TODAY = timezone.localdate(NOW)


def ago(days):
    return NOW - datetime.timedelta(days=days)


def run(key):
    """One rule's job, so that each test shows that rule alone."""
    return import_string(rules()[key].job)(now=NOW, dry_run=False)


def registration_at(days_ago, **fields):
    event = EventFactory(date=TODAY - datetime.timedelta(days=days_ago))
    membership = MembershipFactory()
    return Registration.objects.create(
        event=event, user=membership.user, organisation=membership.organisation, status="bevestigd", **fields
    )


def test_access_needs_and_dietary_wishes_go_30_days_after_the_event():
    kept = registration_at(29, access_needs="rolstoel", dietary="halal")
    erased = registration_at(31, access_needs="rolstoel", dietary="halal")
    assert run("access_needs") == 1
    kept.refresh_from_db()
    erased.refresh_from_db()
    assert (kept.access_needs, kept.dietary) == ("rolstoel", "halal")
    assert (erased.access_needs, erased.dietary) == ("", "")


def test_registrations_are_anonymised_two_years_after_the_event_and_still_counted():
    kept = registration_at(729)
    anonymised = registration_at(731)
    run("registration")
    kept.refresh_from_db()
    anonymised.refresh_from_db()
    assert kept.user is not None
    assert anonymised.user is None
    assert Registration.objects.filter(event=anonymised.event, status="bevestigd").count() == 1


def test_an_anonymised_registration_is_no_longer_named_in_the_audit_trail():
    anonymised = registration_at(731)
    named = str(anonymised)
    with set_actor(UserFactory(is_staff=True)):
        # The secretariat's entry made after the event (travel costs, say) names the person.
        anonymised.travel_costs = True
        anonymised.save()
    assert LogEntry.objects.filter(object_repr=named).exists()
    run("registration")
    assert not LogEntry.objects.filter(object_repr=named).exists()


def test_refused_membership_requests_go_after_six_months():
    kept = MembershipFactory(status=Membership.Status.BEEINDIGD)
    erased = MembershipFactory(status=Membership.Status.BEEINDIGD)
    Membership.objects.filter(pk=kept.pk).update(updated=ago(182))
    Membership.objects.filter(pk=erased.pk).update(updated=ago(184))
    run("membership")
    assert list(Membership.objects.values_list("pk", flat=True)) == [kept.pk]


def test_proposer_details_go_90_days_after_the_decision():
    kept = CooperatieFactory(submitter_name="Piet", submitter_email="piet@example.org")
    erased = CooperatieFactory(submitter_name="Truus", submitter_email="truus@example.org")
    Cooperatie.objects.filter(pk=kept.pk).update(decided_at=ago(89))
    Cooperatie.objects.filter(pk=erased.pk).update(decided_at=ago(91))
    run("proposer")
    kept.refresh_from_db()
    erased.refresh_from_db()
    assert (kept.submitter_name, kept.submitter_email) == ("Piet", "piet@example.org")
    assert (erased.submitter_name, erased.submitter_email) == ("", "")


def test_unconfirmed_subscriptions_go_after_30_days():
    kept = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    erased = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    Subscriber.objects.filter(pk=kept.pk).update(created=ago(29))
    Subscriber.objects.filter(pk=erased.pk).update(created=ago(31))
    run("subscriber")
    assert list(Subscriber.objects.values_list("pk", flat=True)) == [kept.pk]


def test_an_unsubscribed_address_keeps_only_what_suppresses_it():
    gone = SubscriberFactory(
        status=Subscriber.Status.UNSUBSCRIBED, name="Piet", organisation="FNV", unsubscribed_at=ago(1)
    )
    run("subscriber")
    gone.refresh_from_db()
    assert (gone.email, gone.name, gone.organisation, gone.unsubscribed_at) == (gone.email, "", "", ago(1))


def test_consent_proof_goes_two_years_after_it_was_withdrawn():
    kept, erased = ConsentFactory(), ConsentFactory()
    Consent.objects.filter(pk=kept.pk).update(withdrawn_at=ago(729))
    Consent.objects.filter(pk=erased.pk).update(withdrawn_at=ago(731))
    run("consent")
    assert list(Consent.objects.values_list("pk", flat=True)) == [kept.pk]


def test_accounts_never_verified_go_after_30_days():
    kept, erased, verified = UserFactory(), UserFactory(), UserFactory()
    EmailAddress.objects.filter(user__in=[kept, erased]).update(verified=False)
    User.objects.filter(pk=kept.pk).update(date_joined=ago(29))
    User.objects.filter(pk__in=[erased.pk, verified.pk]).update(date_joined=ago(31))
    run("account")
    assert set(User.objects.values_list("pk", flat=True)) == {kept.pk, verified.pk}


def test_sent_mail_goes_after_30_days_failed_after_90():
    def mail(status, age):
        sent_at = ago(age) if status == "verstuurd" else None
        row = OutgoingMail.objects.create(to=["a@example.org"], subject="x", body="y", status=status, sent_at=sent_at)
        OutgoingMail.objects.filter(pk=row.pk).update(created=ago(age))
        return row.pk

    kept = [mail("verstuurd", 29), mail("mislukt", 89)]
    mail("verstuurd", 31)
    mail("mislukt", 91)
    run("outgoing_mail")
    assert sorted(OutgoingMail.objects.values_list("pk", flat=True)) == sorted(kept)


def test_the_audit_trail_is_kept_two_years():
    kept, erased = (
        LogEntry.objects.create(object_pk="1", object_repr="a", action=LogEntry.Action.ACCESS, content_type_id=1),
        LogEntry.objects.create(object_pk="2", object_repr="b", action=LogEntry.Action.ACCESS, content_type_id=1),
    )
    LogEntry.objects.filter(pk=kept.pk).update(timestamp=ago(729))
    LogEntry.objects.filter(pk=erased.pk).update(timestamp=ago(731))
    run("audit_trail")
    assert set(LogEntry.objects.filter(pk__in=[kept.pk, erased.pk]).values_list("pk", flat=True)) == {kept.pk}


def test_dry_run_counts_but_changes_nothing():
    registration_at(31, access_needs="rolstoel")
    counts = {rule.key: count for rule, count in apply_retention(now=NOW, dry_run=True)}
    assert counts["access_needs"] == 1
    assert Registration.objects.get().access_needs == "rolstoel"


def test_a_decided_change_request_loses_its_details_90_days_after_the_decision():
    from cooperaties.models import ChangeRequest

    cooperatie = CooperatieFactory()
    kept = ChangeRequest.objects.create(cooperatie=cooperatie, data={"phone": "010 123"}, note="nieuw nummer")
    erased = ChangeRequest.objects.create(cooperatie=cooperatie, data={"phone": "020 456"}, note="ander nummer")
    ChangeRequest.objects.filter(pk=kept.pk).update(status="goedgekeurd", decided_at=ago(89))
    ChangeRequest.objects.filter(pk=erased.pk).update(status="goedgekeurd", decided_at=ago(91))
    run("change_requests")
    kept.refresh_from_db()
    erased.refresh_from_db()
    assert (kept.data, kept.note) == ({"phone": "010 123"}, "nieuw nummer")
    assert (erased.data, erased.note) == ({}, "")
