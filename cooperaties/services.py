"""Writes with side effects: proposals from the public form, status changes by the secretariat, and the
coöperaties keeping their own profile current (change requests, the yearly check, corrections)."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from portal import ratelimit
from portal.caching import versions
from portal.locking import locking_transaction
from portal.mail import send_templated

from . import profile_links
from .models import ChangeRequest, Cooperatie, CorrectionReport

# Five proposals per address per hour is plenty for a real collective, and stops a flood.
PROPOSALS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 60 * 60
# Paths under /cooperaties/ that a slug must never shadow.
RESERVED_SLUGS = {"aanmelden", "provincies", "profiel", "murmurations", "voorbeeld"}


def _reply_to_secretariaat():
    """Mails to proposers and coöperaties invite a reply: it goes to the secretariat."""
    return {"Reply-To": settings.SECRETARIAAT_EMAIL}


class ProposalRateLimited(Exception):
    """Too many proposals from one IP address in the last hour."""


def unique_slug(name):
    base = slugify(name)[:180] or "cooperatie"
    taken = set(Cooperatie.objects.filter(slug__startswith=base).values_list("slug", flat=True)) | RESERVED_SLUGS
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# The fields a coöperatie may change on its own profile (the secretariat approves each change).
EDITABLE_FIELDS = (
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
    "phone",
)

# A proposal is the profile plus who sent it.
PROPOSAL_FIELDS = (*EDITABLE_FIELDS, "submitter_name", "submitter_email")


def propose_cooperatie(*, data, ip):
    """Save a proposal from the public form as 'voorgesteld' and tell the secretariat.

    Raises ProposalRateLimited when this address already sent too many proposals.
    """
    if not ratelimit.allow(scope="cooperatie-proposal", who=ip, limit=PROPOSALS_PER_HOUR, period=RATE_WINDOW_SECONDS):
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
                send_templated(
                    template="cooperaties/email/receipt",
                    to=cooperatie.submitter_email,
                    context={"cooperatie": cooperatie},
                    headers=_reply_to_secretariaat(),
                )
            return cooperatie
        except IntegrityError:
            # Two proposals with the same name at the same moment: take the next free slug.
            if attempt == 2:
                raise


def _notify_secretariaat(cooperatie):
    send_templated(
        template="cooperaties/email/proposal", to=settings.SECRETARIAAT_EMAIL, context={"cooperatie": cooperatie}
    )


class ReasonMissing(Exception):
    """A proposal cannot be declined without a reason for the proposer."""


@locking_transaction()
def set_status(*, cooperaties, status, notify=True):
    """Publish or archive several coöperaties at once; returns how many changed.

    A proposal that is published or declined (archived) tells its proposer, with the reason when declined,
    unless ``notify`` is False: the secretariat's explicit choice when it already told the proposer itself.
    """
    changing = list(
        Cooperatie.objects.filter(pk__in=cooperaties.values("pk")).exclude(status=status).select_for_update()
    )
    declining = status == Cooperatie.Status.GEARCHIVEERD
    declined = [c for c in changing if declining and c.status == Cooperatie.Status.VOORGESTELD]
    if notify and any(not c.decline_reason.strip() for c in declined):
        raise ReasonMissing
    for cooperatie in changing:
        was_proposal = cooperatie.status == Cooperatie.Status.VOORGESTELD
        cooperatie.status = status
        # One save each, not one UPDATE for all: the audit trail records each decision.
        cooperatie.save()
        if notify and was_proposal and cooperatie.submitter_email:
            template = "published" if status == Cooperatie.Status.GEPUBLICEERD else "declined"
            send_templated(
                template=f"cooperaties/email/{template}",
                to=cooperatie.submitter_email,
                context={"cooperatie": cooperatie},
                headers=_reply_to_secretariaat(),
            )
    return len(changing)


# --- The coöperatie keeps its own profile -------------------------------------------------------


class NoContactAddress(Exception):
    """The secretariat has no contact address for this coöperatie."""


def send_edit_link(*, cooperatie):
    """Mail the coöperatie's contact address a signed link to its own edit form."""
    if not cooperatie.contact_address:
        raise NoContactAddress
    send_templated(
        template="cooperaties/email/edit_link",
        to=cooperatie.contact_address,
        headers=_reply_to_secretariaat(),
        context={
            "cooperatie": cooperatie,
            "edit_url": profile_links.url(cooperatie, profile_links.EDIT, days=settings.COOPERATIES_EDIT_LINK_DAYS),
            "days": settings.COOPERATIES_EDIT_LINK_DAYS,
        },
    )


def _changed(cooperatie, data):
    return {
        field: data[field] for field in EDITABLE_FIELDS if field in data and data[field] != getattr(cooperatie, field)
    }


def _use_link(cooperatie, link_generation):
    # Under a row lock, so two requests with one link cannot both pass: the second finds the generation raised.
    if link_generation is None:
        return
    locked = Cooperatie.objects.select_for_update().filter(pk=cooperatie.pk).first()
    if locked is None or locked.link_generation != link_generation:
        raise profile_links.BadLink
    locked.link_generation += 1
    # A save, not an UPDATE: the audit trail shows when the coöperatie used its link.
    locked.save(update_fields=["link_generation"])


@locking_transaction()
def request_change(*, cooperatie, data, note="", link_generation=None):
    """Store the changes a coöperatie proposes (only the fields that differ) and tell the secretariat.

    Returns the change request, or None when nothing differs.
    """
    changes = _changed(cooperatie, data)
    if not changes and not note:
        return None
    _use_link(cooperatie, link_generation)
    request = ChangeRequest.objects.create(cooperatie=cooperatie, data=changes, note=note)
    _tell_secretariaat_of_change(request)
    return request


@locking_transaction()
def propose_closure(*, cooperatie, note="", link_generation=None):
    """'We bestaan niet meer': the secretariat decides whether to archive."""
    _use_link(cooperatie, link_generation)
    request = ChangeRequest.objects.create(cooperatie=cooperatie, kind=ChangeRequest.Kind.OPHEFFEN, note=note)
    _tell_secretariaat_of_change(request)
    return request


def _tell_secretariaat_of_change(request):
    send_templated(
        template="cooperaties/email/change_request", to=settings.SECRETARIAAT_EMAIL, context={"request": request}
    )


@locking_transaction()
def approve_change(*, change_request, today=None):
    """Apply a change request to the profile (or archive, for 'bestaat niet meer'); the profile is now
    confirmed by the coöperatie itself. Returns False when it was already decided."""
    request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if not request.is_open:
        return False
    cooperatie = Cooperatie.objects.select_for_update().get(pk=request.cooperatie_id)
    if request.kind == ChangeRequest.Kind.OPHEFFEN:
        cooperatie.status = Cooperatie.Status.GEARCHIVEERD
    else:
        for field, value in request.data.items():
            if field in EDITABLE_FIELDS:
                setattr(cooperatie, field, value)
        cooperatie.last_verified = today or timezone.localdate()
    cooperatie.save()
    request.status = ChangeRequest.Status.GOEDGEKEURD
    request.decided_at = timezone.now()
    request.save()
    return True


@locking_transaction()
def reject_change(*, change_request):
    updated = ChangeRequest.objects.filter(pk=change_request.pk, status=ChangeRequest.Status.OPEN).update(
        status=ChangeRequest.Status.AFGEWEZEN, decided_at=timezone.now()
    )
    return bool(updated)


def confirm_current(*, cooperatie, today=None):
    """'Klopt nog': the profile is confirmed today (saved, so the cached profile shows the date at once)."""
    cooperatie.last_verified = today or timezone.localdate()
    cooperatie.save(update_fields=["last_verified"])


def send_freshness_checks(*, now=None):
    """The yearly check: ask each coöperatie that is due whether its profile is still right.

    Each mail holds three signed links: klopt nog, ik wil iets aanpassen, we bestaan niet meer.
    Returns how many were asked. One transaction per coöperatie, so one failure stops no other.
    """
    now = now or timezone.now()
    due = Cooperatie.objects.due_for_check(now=now, interval_days=settings.COOPERATIES_CHECK_INTERVAL_DAYS)
    pks = list(due.values_list("pk", flat=True))
    if not pks:
        return 0
    # The profiles' "niet recent bevestigd" follows check_sent_at: one page-cache bump when all are asked.
    with versions.batched():
        return sum(_ask_whether_still_right(pk=pk, now=now) for pk in pks)


def _ask_whether_still_right(*, pk, now):
    """Mail one coöperatie the yearly check; 0 when it is no longer due or another transaction holds it."""
    with locking_transaction():
        cooperatie = (
            Cooperatie.objects.due_for_check(now=now, interval_days=settings.COOPERATIES_CHECK_INTERVAL_DAYS)
            .select_for_update(skip_locked=True)
            .filter(pk=pk)
            .first()
        )
        if cooperatie is None:
            return 0
        send_templated(
            template="cooperaties/email/freshness_check",
            to=cooperatie.contact_address,
            headers=_reply_to_secretariaat(),
            context={
                "cooperatie": cooperatie,
                **{
                    f"{name}_url": profile_links.url(cooperatie, purpose, days=settings.COOPERATIES_CHECK_ANSWER_DAYS)
                    for name, purpose in [
                        ("confirm", profile_links.CONFIRM),
                        ("edit", profile_links.EDIT),
                        ("close", profile_links.CLOSE),
                    ]
                },
                "days": settings.COOPERATIES_CHECK_ANSWER_DAYS,
            },
        )
        cooperatie.check_sent_at = now
        # A save, not an UPDATE: the audit trail shows when the coöperatie was asked.
        cooperatie.save(update_fields=["check_sent_at"])
    return 1


# --- Corrections from visitors ---------------------------------------------------------------------

# Ten notes per address per hour: enough for someone who knows a lot, not for a flood.
REPORTS_PER_HOUR = 10


class ReportRateLimited(Exception):
    """Too many correction reports from one address in the last hour."""


@transaction.atomic
def report_correction(*, cooperatie, message, contact, ip):
    if not ratelimit.allow(scope="cooperatie-report", who=ip, limit=REPORTS_PER_HOUR, period=RATE_WINDOW_SECONDS):
        raise ReportRateLimited
    report = CorrectionReport.objects.create(cooperatie=cooperatie, message=message, contact=contact)
    send_templated(
        template="cooperaties/email/correction_report", to=settings.SECRETARIAAT_EMAIL, context={"report": report}
    )
    return report
