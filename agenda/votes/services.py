"""The writes of the Verweer/Vernieuwing vote: stemcodes, casting (and changing) a ballot, closing, publishing.

A stemcode is the ballot: no account is needed, and the code is the only thing that ties stickers
together. Codes are drawn with ``secrets`` from an alphabet without look-alikes (0/O, 1/I/L), 8 signs:
31**8 ≈ 850 billion possibilities, and wrong guesses are rate-limited per address (views).
"""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from ..models import Registration, Sticker, Vote, VoteCode

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8


class VoteError(Exception):
    """A rule stops the vote; the message is shown to the voter as it is."""


class WrongCode(VoteError):
    """No such code for this event: what a guess gets (and what the rate limit counts)."""


def normalise(code):
    """What someone typed, as stored: capitals, without spaces or dashes."""
    return "".join(ch for ch in str(code).upper() if ch.isalnum())


def display(code):
    return VoteCode(code=code).display


def _new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def _create_code(vote, registration=None):
    # A clash is astronomically rare; the unique constraint decides, and we simply draw again.
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return VoteCode.objects.create(vote=vote, code=_new_code(), registration=registration)
        except IntegrityError:
            continue
    raise VoteError(_("Er ging iets mis bij het maken van een stemcode. Probeer het opnieuw."))


def make_codes(*, vote, loose=0):
    """A code for every registered participant who has none yet, plus ``loose`` codes to hand out
    (walk-ins, people without an account). Returns the new codes."""
    with locking_transaction():
        vote = Vote.objects.select_for_update().get(pk=vote.pk)
        registrations = Registration.objects.seated().filter(event_id=vote.event_id, vote_code__isnull=True)
        created = [_create_code(vote, registration) for registration in registrations]
        created += [_create_code(vote) for _ in range(loose)]
        return created


WRONG_CODE = _("Deze stemcode klopt niet. Kijk of u de code van uw eigen briefje goed heeft overgenomen.")


def find(*, event, code):
    """The code's ballot for this event, or VoteError with a message the voter understands."""
    # One answer for every code that is not valid here: a guesser must not learn which codes exist elsewhere.
    found = VoteCode.objects.select_related("vote__event").filter(code=normalise(code), vote__event=event).first()
    if found is None:
        raise WrongCode(WRONG_CODE)
    _check_open(found.vote)
    return found


def _check_open(vote):
    if vote.status == Vote.Status.VOORBEREIDING:
        raise VoteError(_("Het stemmen is nog niet begonnen. Probeer het straks opnieuw."))
    if vote.status != Vote.Status.OPEN:
        raise VoteError(_("Het stemmen is gesloten. U kunt niet meer stemmen of uw stem wijzigen."))


def cast(*, code, stickers):
    """Replace the ballot of ``code`` by ``stickers`` ({development: side}); allowed until the vote closes."""
    with locking_transaction():
        vote = Vote.objects.select_for_update().get(pk=code.vote_id)
        _check_open(vote)
        stickers = {development: side for development, side in stickers.items() if side}
        if len(stickers) > vote.stickers_per_person:
            raise VoteError(
                _("U heeft %(allowed)d stickers. U plakte er %(given)d.")
                % {"allowed": vote.stickers_per_person, "given": len(stickers)}
            )
        if any(development.vote_id != vote.pk for development in stickers):
            raise VoteError(_("Deze ontwikkeling hoort niet bij deze stemming."))
        code = VoteCode.objects.select_for_update().get(pk=code.pk)
        code.stickers.all().delete()
        Sticker.objects.bulk_create(
            Sticker(code=code, development=development, side=side) for development, side in stickers.items()
        )
        code.voted_at = timezone.now()
        code.save(update_fields=["voted_at"])
        return code


def set_status(*, vote, status):
    """Open, close or publish. Publishing makes the results public; closing stops every code."""
    with locking_transaction():
        vote = Vote.objects.select_for_update().get(pk=vote.pk)
        vote.status = status
        vote.published_at = timezone.now() if status == Vote.Status.GEPUBLICEERD else None
        vote.save(update_fields=["status", "published_at"])
        return vote


def set_statuses(*, votes, status):
    """``set_status`` for each of ``votes`` (an admin action's selection); returns how many."""
    votes = list(votes)
    for vote in votes:
        set_status(vote=vote, status=status)
    return len(votes)
